/**
 * `curl -v` output: "> " lines are what curl sent, "< " lines what the server sent (one per reply
 * line, multi-line replies in full), "* " lines are curl's own notes, "{ [n bytes data]" marks data.
 * Anything else (the downloaded body, the progress meter) is not protocol.
 *
 * Without -s the progress meter shares stderr with the -v lines, so a line can read
 * "  0     0    0 …     0*   Trying …" or "…     0< 220 ready": the meter is cut off first.
 */
import { countLines, type LogFormat, MessageBuilder } from './common.ts';

/** Characters the progress meter prints (numbers, units, times, percentages, dashes). */
function isMeterChar(c: number): boolean {
  return (
    c === 32 || c === 13 || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 37 || c === 45 ||
    c === 107 || c === 75 || c === 77 || c === 71 || c === 84 || c === 80
  );
}

/** Strips a progress-meter fragment in front of a "< ", "> " or "* " line; null when there is none. */
function afterMeter(line: string): string | null {
  let i = 0;
  let digits = 0;
  const limit = line.length;
  while (i < limit && isMeterChar(line.charCodeAt(i))) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    i++;
  }
  if (i === 0 || digits === 0 || i + 1 >= line.length) return null;
  const c = line.charCodeAt(i);
  if ((c === 60 || c === 62 || c === 42) && line.charCodeAt(i + 1) === 32) return line.slice(i);
  return null;
}

export const curl: LogFormat = {
  name: 'curl',
  label: 'curl -v output',
  score(sample) {
    const own = countLines(sample, (l) => l.startsWith('* '), 2) + countLines(sample, (l) => /^[{}] \[\d+ bytes data\]/.test(l), 2);
    // "> " and "< " alone are a marked transcript (raw); with curl's "* " notes they are curl.
    return own > 0 ? own + countLines(sample, (l) => l.startsWith('< ') || l.startsWith('> ')) : 0;
  },
  parse(lines, warnings) {
    const builder = new MessageBuilder(warnings);
    let connection: string | null = null;
    for (let i = 0; i < lines.length; i++) {
      // A copy may lose the space after a marker of an empty line.
      let text = lines[i] === '<' || lines[i] === '>' ? `${lines[i] as string} ` : (lines[i] as string);
      const n = i + 1;
      let c = text.charCodeAt(0);
      if (!((c === 60 || c === 62 || c === 42) && text.charCodeAt(1) === 32)) {
        const stripped = afterMeter(text);
        if (stripped === null) continue;
        text = stripped;
        c = text.charCodeAt(0);
      }
      if (c === 42) {
        // "* Connected to host (ip) port 21 (#1)": a new number is a new control connection
        // (curl reports data connections with the number of their control connection).
        const m = /^\* Connected to .* \(#(\d+)\)$/.exec(text);
        if (m && m[1] !== connection) {
          if (connection !== null) builder.connection(n);
          connection = m[1] as string;
        }
        continue;
      }
      if (c === 62) builder.client(text.slice(2), n);
      else if (c === 60) {
        if (builder.server(text.slice(2), n).kind === 'other') {
          warnings.add(`line ${n}: curl shows a server line that is no reply: a reply starts with a three-digit code.`);
        }
      }
    }
    return builder.finish();
  },
};
