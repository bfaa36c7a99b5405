/**
 * FileZilla's message log: "Status:", "Command:", "Response:", "Error:", "Trace:", "Listing:" lines.
 * Accepted with what may come in front:
 * - nothing, tab-separated as copied from the message log window ("Response:\t220 Ready"),
 * - a time ("12:00:01\tStatus:\t…", timestamps switched on in the settings),
 * - the log file's "2026-01-01 12:00:01 4242 1 Response: 220 Ready" (date, time, process id, engine id),
 * - a bracketed "[2026-01-01 12:00:01] " stamp.
 * After the type, exactly one tab (or one space) is removed; the rest is the line as sent, so a
 * continuation line's leading space survives.
 */
import { splitLines } from '../reply.ts';
import { countLines, defineFormat, MessageBuilder } from './common.ts';

const TAB = 0x09;
const SPACE = 0x20;

const PREFIX =
  /^(?:\[[^\]]{0,40}\][ \t]?)?(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,6})?[ \t]+(?:\d+ \d+ )?)?(?:\d\d:\d\d:\d\d(?:[.,]\d{1,6})?[ \t]+)?(Status|Command|Response|Error|Trace|Listing):/;

const KINDS = ['Status', 'Command', 'Response', 'Error', 'Trace', 'Listing'] as const;
type Kind = (typeof KINDS)[number];

function isKind(word: string | undefined): word is Kind {
  return KINDS.some((k) => k === word);
}

function read(line: string): { kind: Kind; text: string } | null {
  const m = PREFIX.exec(line.slice(0, 120));
  const kind = m?.[1];
  if (!m || !isKind(kind)) return null;
  let at = m[0].length;
  const sep = line.charCodeAt(at);
  if (sep === TAB) {
    at++;
    // The window may align columns with more tabs; reply text does not start with a tab.
    while (line.charCodeAt(at) === TAB) at++;
  } else if (sep === SPACE) at++;
  return { kind, text: line.slice(at) };
}

export const filezilla = defineFormat({
  name: 'filezilla',
  label: 'FileZilla message log',
  hint: "FileZilla's message log: Status:, Command:, Response: lines, copied or from the log file.",
  score(sample) {
    return countLines(sample, (l) => read(l) !== null, 3);
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    for (const [i, line] of lines.entries()) {
      const entry = read(line);
      if (!entry) continue;
      if (entry.kind === 'Status' && entry.text.startsWith('Connecting to ')) builder.connection(i + 1);
      else if (entry.kind === 'Command') builder.client(entry.text, i + 1);
      else if (entry.kind === 'Response') {
        if (builder.server(entry.text, i + 1) === 'other') {
          warnings.add(`line ${i + 1}: FileZilla shows a response line without a three-digit code.`);
        }
      }
    }
    return builder.finish();
  },
});
