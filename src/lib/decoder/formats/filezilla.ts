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
import { countLines, type LogFormat, MessageBuilder } from './common.ts';

const PREFIX =
  /^(?:\[[^\]]{0,40}\][ \t]?)?(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,6})?[ \t]+(?:\d+ \d+ )?)?(?:\d\d:\d\d:\d\d(?:[.,]\d{1,6})?[ \t]+)?(Status|Command|Response|Error|Trace|Listing):/;

type Kind = 'Status' | 'Command' | 'Response' | 'Error' | 'Trace' | 'Listing';

function read(line: string): { kind: Kind; text: string } | null {
  const m = PREFIX.exec(line.slice(0, 120));
  if (!m) return null;
  let at = m[0].length;
  const sep = line.charCodeAt(at);
  if (sep === 9) {
    at++;
    // The window may align columns with more tabs; reply text does not start with a tab.
    while (line.charCodeAt(at) === 9) at++;
  } else if (sep === 32) at++;
  return { kind: m[1] as Kind, text: line.slice(at) };
}

export const filezilla: LogFormat = {
  name: 'filezilla',
  label: 'FileZilla message log',
  score(sample) {
    return countLines(sample, (l) => read(l) !== null, 3);
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    for (let i = 0; i < lines.length; i++) {
      const entry = read(lines[i] as string);
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
};
