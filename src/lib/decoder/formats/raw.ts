/**
 * Plain control-connection text, a transcript: server lines only, client lines mixed in unmarked (a telnet/nc
 * session), or with direction markers "C:"/"S:", ">"/"<" or "-->"/"<--".
 */
import { splitLines, WarningList } from '../reply.ts';
import {
  COMMAND_LIKE,
  countLines,
  defineFormat,
  isReplyLine,
  looksLikeCommand,
  MessageBuilder,
  type Parsed,
  PLAUSIBLE_VERB,
} from './common.ts';

type Dir = 'c' | 's';

interface Marker {
  /** Length of the marker, including one following space if present. */
  length: number;
  dir: Dir;
}

type Family = 'cs' | 'arrow' | 'angle';

/** Reads a direction marker of one family at the start of a line. */
function marker(line: string, family: Family): Marker | null {
  const withSpace = (n: number, dir: Dir): Marker => {
    const c = line.charCodeAt(n);
    return { length: c === 32 || c === 9 ? n + 1 : n, dir };
  };
  if (family === 'cs') {
    const c = line.charCodeAt(0);
    if ((c === 67 || c === 83) && line.charCodeAt(1) === 58) return withSpace(2, c === 67 ? 'c' : 's');
    return null;
  }
  if (family === 'arrow') {
    // "-->" and "<--" but not lftp's "--->"/"<---".
    if (line.startsWith('-->')) return withSpace(3, 'c');
    if (line.startsWith('<--') && line.charCodeAt(3) !== 45) return withSpace(3, 's');
    return null;
  }
  const c = line.charCodeAt(0);
  const next = line.charCodeAt(1);
  if ((c === 62 || c === 60) && (next === 32 || line.length === 1)) return withSpace(1, c === 62 ? 'c' : 's');
  return null;
}

const FAMILIES: Family[] = ['cs', 'arrow', 'angle'];

/** The marker family most lines of the sample use, or null when lines are unmarked. */
function markerFamily(sample: readonly string[]): Family | null {
  let best: Family | null = null;
  let bestCount = 0;
  for (const family of FAMILIES) {
    const n = countLines(sample, (l) => marker(l, family) !== null);
    if (n > bestCount) {
      best = family;
      bestCount = n;
    }
  }
  return best;
}

/** What telnet (or nc -v) prints around a session typed by hand. */
const TELNET =
  /^(?:Trying \S+\.\.\.|Connected to \S+\.?|Escape character is '.*'\.|Connection closed by foreign host\.|Connection to \S+ \S+ port \d+.*succeeded!?)$/;

/** Reads a transcript, marked or not (also the reading of `reply`). */
export function parseTranscript(text: string, warnings: WarningList, known: ReadonlySet<string>): Parsed {
  const lines = splitLines(text);
  const builder = new MessageBuilder(warnings);
  const family = markerFamily(lines.slice(0, 300));
  let skipped = 0;
  let firstSkipped = 0;
  /** An upper-case word no command file names, waiting for the next line to tell whether it was sent. */
  let unknown: { text: string; n: number } | null = null;
  const skip = (n: number) => {
    if (skipped === 0) firstSkipped = n;
    skipped++;
  };
  for (const [i, text] of lines.entries()) {
    const n = i + 1;
    const m = family ? marker(text, family) : null;
    if (m) {
      const body = text.slice(m.length);
      // Some programs mark every line ">" (basic-ftp's older verbose output, a Markdown quote): a reply is a reply,
      // and what is neither a reply nor command-like is the program's own message.
      if (m.dir === 'c' && family === 'angle' && !looksLikeCommand(body, known)) {
        if (builder.replyOpen || isReplyLine(body)) builder.server(body, n);
        else if (!PLAUSIBLE_VERB.test(body)) skip(n);
        else builder.client(body, n);
      } else if (m.dir === 'c') builder.client(body, n);
      else if (builder.server(body, n) === 'other') {
        warnings.add(
          'not-a-reply',
          `line ${n}: marked as a server line but it is no reply: a reply starts with a three-digit code.`,
        );
      }
      continue;
    }
    // Unmarked line: a reply line, a continuation, a client command, or something else.
    if (builder.replyOpen || text === '' || /^\d{3}/.test(text)) {
      // An unknown upper-case word is a command the server refused as unknown ("FOOBAR", then "500 …").
      if (unknown && !builder.replyOpen && /^50[0-2]/.test(text)) builder.client(unknown.text, unknown.n);
      else if (unknown && text !== '') skip(unknown.n);
      if (text !== '') unknown = null;
      const result = builder.server(text, n);
      if (result !== 'other') continue;
    }
    if (unknown) skip(unknown.n);
    unknown = null;
    if (looksLikeCommand(text, known)) {
      builder.client(text, n);
      continue;
    }
    // Any other upper-case word ("GET /x" that ftp.exe echoes, "FTP server ready") is a command only when the server
    // answers it as an unknown one; without command knowledge (a catalogue without commands), it always may be.
    if (COMMAND_LIKE.test(text.slice(0, 9))) {
      if (known.size === 0) builder.client(text, n);
      else unknown = { text, n };
      continue;
    }
    if (text.length < 200 && TELNET.test(text)) {
      if (text.startsWith('Connected to ') || text.startsWith('Connection to ')) builder.connection(n);
      continue;
    }
    if (text.trim() !== '') skip(n);
  }
  if (unknown) skip(unknown.n);
  if (skipped > 0) {
    warnings.add(
      'lines-skipped',
      skipped === 1
        ? `line ${firstSkipped}: skipped: neither a reply (three-digit code) nor an FTP command.`
        : `${skipped} lines (first: line ${firstSkipped}) were skipped: neither replies (three-digit code) nor FTP commands.`,
    );
  }
  return builder.finish();
}

export const raw = defineFormat({
  name: 'raw',
  label: 'raw control-connection text',
  hint: 'A control-connection transcript: replies, and commands bare or marked "C:"/"S:", ">"/"<" or "-->"/"<--".',
  score(sample, known) {
    let n = 0;
    for (const line of sample) {
      if (isReplyLine(line)) n += 1;
      else if (marker(line, 'cs') || marker(line, 'arrow')) n += 2;
      else if (marker(line, 'angle')) n += 1;
      else if (looksLikeCommand(line, known)) n += 1;
    }
    return n;
  },
  parse: parseTranscript,
});
