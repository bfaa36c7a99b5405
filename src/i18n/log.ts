/**
 * Strings of the log decoder (/decode/): `logPage` for the server-rendered form, `logUi` for the island. Kept apart
 * from en.ts so that the island bundles only its own strings (STYLE.md §6 still holds: no inline literals).
 */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** A file's size: kB under a megabyte (a 4 kB log is not "0.0 MB"). */
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : mb(bytes));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The form as the server renders it (never shipped to the browser as JS). */
export const logPage = {
  label: 'Code, reply or log',
  hint: 'Paste a reply, a transcript or a client log (the formats it reads are listed under the form). It is decoded here, in your browser; nothing is sent.',
  formatsHeading: 'Formats the decoder reads',
  format: 'Read as',
  auto: 'Detect automatically',
  decode: 'Decode',
  share: 'Share or copy…',
  openFile: 'Open a file…',
  dropHint: 'or drop a log file here. It is read in your browser, never uploaded.',
  showInBox: 'Show in the box',
  clear: 'Clear',
  noJs: 'Decoding runs in your browser and needs JavaScript; without it nothing you paste is decoded or sent. Look a code up in the list of all codes.',
} as const;

const serverFrom = {
  greeting: 'from the greeting',
  SYST: 'from the answer to SYST',
  FEAT: 'from the answer to FEAT',
  'log format': 'from the log format',
} as const;

/** What the island says. */
export const logUi = {
  empty: 'Paste or type something to decode.',
  detected: '(detected)',
  summary: (format: string, messages: number, exchanges: number, warnings: number) =>
    `Read as ${format}: ${messages} messages, ${exchanges} exchanges${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`,
  wentWrong: 'What went wrong',
  details: 'Details for experts — First failure:',
  clientSaid: 'Your client ended with ',
  exitCode: (client: string, report: string, name: string | null) =>
    `${client === 'curl' ? `exit code ${report}` : report}${name && !name.endsWith(report) ? ` (${name})` : ''}`,
  jumpToFailure: 'Show it in the session',
  noFailure: 'No failure: every command got a positive reply, or the failures were probes the client handled.',
  /** The word on each reply of the session, so that failure is not told by colour alone. */
  status: {
    failed: 'Failed',
    probe: 'Probe, harmless',
    fallback: 'Refused, the client used another way',
    aborted: 'Expected: the client aborted',
    ok: 'OK',
  },
  warnings: (n: number) => plural(n, 'warning'),
  exchanges: 'Commands and replies',
  keysHint: 'In the list, the arrow keys move from one exchange to the next; Home and End jump to the first and last.',
  greeting: 'Server greeting',
  unsolicited: 'Reply without a command',
  noReply: 'No reply in the log.',
  unknownCode: 'not in the catalogue',
  truncated: 'This reply is cut off: its last line is missing.',
  showMore: (n: number, left: number) => `Show ${n} more (${left} left)`,
  tooBig: (bytes: number, max: number) =>
    `This text is ${mb(bytes)}; the decoder reads up to ${mb(max)}. Your text is kept: cut it down to the part around the failure.`,
  announceFailure: (plain: string) => `Decoded. ${plain}`,
  clientError: 'error line, no reply code',
  announceOk: (n: number) => `Decoded ${n} messages. No failure.`,
  decoding: 'Decoding…',
  held: (name: string, bytes: number, done: boolean) => `${done ? 'Decoded' : 'Decoding'} ${name} (${size(bytes)})`,
  fileName: (name: string) => `file ${name}`,
  pastedText: 'the pasted text',
  emptyFile: (name: string) => `The file ${name} is empty: nothing to decode.`,
  fileTooBig: (name: string, bytes: number, max: number) =>
    `The file ${name} is ${mb(bytes)}; the decoder reads up to ${mb(max)}. Open the part around the failure (the text box keeps what it had).`,
  nothingToCopy: 'Nothing decoded yet: paste a log first.',
  stage: { preliminary: 'preliminary', intermediate: 'intermediate', final: 'final' },
  /** "Server: vsftpd 3.0.3 (from the greeting)". */
  server: (name: string, version: string | null, from: 'greeting' | 'SYST' | 'FEAT' | 'log format') =>
    `Server: ${name}${version ? ` ${version}` : ''} (${serverFrom[from]})`,
  serverSends: (server: string) => `${server} sends this. `,
  serverPage: (server: string) => `Read more on the ${server} page`,
  when: 'When: ',
  fix: 'Fix: ',
  more: 'more',
} as const;
