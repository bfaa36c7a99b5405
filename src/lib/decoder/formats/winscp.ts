/**
 * WinSCP session log: each line is a mark, a timestamp with milliseconds, one space and the text:
 * "> 2026-01-01 12:00:00.123 USER x" (sent), "< 2026-01-01 12:00:00.130 220 Ready" (received),
 * ". …" notes, "! …" error output, "* …" exceptions. Lines without the mark (wrapped exception text)
 * are not protocol.
 */
import { splitLines } from '../reply.ts';
import { countLines, defineFormat, MessageBuilder } from './common.ts';

const LINE = /^([.<>!*]) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}(?: |$)/;

export const winscp = defineFormat({
  name: 'winscp',
  label: 'WinSCP session log',
  hint: 'WinSCP session log: "> 2026-01-01 12:00:00.123 USER anna", "< … 331 …".',
  score(sample) {
    return countLines(sample, (l) => LINE.test(l.slice(0, 32)), 3);
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    for (const [i, line] of lines.entries()) {
      const m = LINE.exec(line.slice(0, 32));
      if (!m) continue;
      const text = line.slice(m[0].length);
      if (m[1] === '.' && text.startsWith('Connecting to ')) builder.connection(i + 1);
      else if (m[1] === '>') builder.client(text, i + 1);
      else if (m[1] === '<') {
        if (builder.server(text, i + 1) === 'other') {
          warnings.add('not-a-reply', `line ${i + 1}: WinSCP shows a received line without a three-digit code.`);
        }
      }
    }
    return builder.finish();
  },
});
