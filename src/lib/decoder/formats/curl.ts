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

/**
 * Where the "< ", "> " or "* " after a progress-meter fragment starts in the line text[start, end);
 * -1 when there is none.
 */
function afterMeter(text: string, start: number, end: number): number {
  let i = start;
  let digits = 0;
  for (let c = 0; i < end && isMeterChar((c = text.charCodeAt(i))); i++) if (c >= 48 && c <= 57) digits++;
  if (i === start || digits === 0 || i + 1 >= end) return -1;
  const c = text.charCodeAt(i);
  return (c === 60 || c === 62 || c === 42) && text.charCodeAt(i + 1) === 32 ? i : -1;
}

export const curl: LogFormat = {
  name: 'curl',
  label: 'curl -v output',
  score(sample) {
    const own = countLines(sample, (l) => l.startsWith('* '), 2) + countLines(sample, (l) => /^[{}] \[\d+ bytes data\]/.test(l), 2);
    // "> " and "< " alone are a marked transcript (raw); with curl's "* " notes they are curl.
    return own > 0 ? own + countLines(sample, (l) => l.startsWith('< ') || l.startsWith('> ')) : 0;
  },
  parse(text, warnings) {
    const builder = new MessageBuilder(warnings);
    let connection: string | null = null;
    // Lines are read in place (as splitLines cuts them); only what becomes a message is copied.
    for (let start = 0, n = 1, next; start < text.length; start = next, n++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      let at = start;
      let c = text.charCodeAt(at);
      // A marker and its space; a copy may lose the space after a marker of an empty line.
      if (!((c === 60 || c === 62 || c === 42) && text.charCodeAt(at + 1) === 32) && !((c === 60 || c === 62) && end === at + 1)) {
        at = afterMeter(text, start, end);
        if (at < 0) continue;
        c = text.charCodeAt(at);
      }
      if (c === 42) {
        // "* Connected to host (ip) port 21 (#1)": a new number is a new control connection
        // (curl reports data connections with the number of their control connection).
        const m = text.startsWith('* Connected to ', at) ? /^\* Connected to .* \(#(\d+)\)$/.exec(text.slice(at, end)) : null;
        if (m && m[1] !== connection) {
          if (connection !== null) builder.connection(n);
          connection = m[1] as string;
        }
        continue;
      }
      const body = text.slice(at + 2, end);
      if (c === 62) builder.client(body, n);
      else if (builder.server(body, n) === 'other') {
        warnings.add(`line ${n}: curl shows a server line that is no reply: a reply starts with a three-digit code.`);
      }
    }
    return builder.finish();
  },
};
