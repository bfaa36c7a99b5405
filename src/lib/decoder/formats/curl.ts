/**
 * `curl -v` output: "> " lines are what curl sent, "< " lines what the server sent (one per reply
 * line, multi-line replies in full), "* " lines are curl's own notes, "{ [n bytes data]" marks data.
 * Anything else (the downloaded body, the progress meter) is not protocol.
 *
 * Without -s the progress meter shares stderr with the -v lines, so a line can read
 * "  0     0    0 …     0*   Trying …" or "…     0< 220 ready": the meter is cut off first.
 */
import { countLines, defineFormat, MessageBuilder } from './common.ts';

const SENT = 0x3e; // ">"
const RECEIVED = 0x3c; // "<"
const NOTE = 0x2a; // "*"
const SPACE = 0x20;
const CR = 0x0d;

/** Characters the progress meter prints: digits, units, times, percentages, dashes, spaces, carriage returns. */
const METER_CHARS = ' \r0123456789.:%-kKMGTP';
/** The same as a table by character code: this runs on every line that does not start with a marker. */
const IS_METER_CHAR = new Uint8Array(128);
for (const ch of METER_CHARS) IS_METER_CHAR[ch.charCodeAt(0)] = 1;

function isMeterChar(c: number): boolean {
  return c < IS_METER_CHAR.length && IS_METER_CHAR[c] === 1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isMarker(c: number): boolean {
  return c === SENT || c === RECEIVED || c === NOTE;
}

/**
 * Where the "< ", "> " or "* " after a progress-meter fragment starts in the line text[start, end);
 * -1 when there is none.
 */
function afterMeter(text: string, start: number, end: number): number {
  let i = start;
  let digits = 0;
  while (i < end && isMeterChar(text.charCodeAt(i))) {
    if (isDigit(text.charCodeAt(i))) digits++;
    i++;
  }
  if (i === start || digits === 0 || i + 1 >= end) return -1;
  return isMarker(text.charCodeAt(i)) && text.charCodeAt(i + 1) === SPACE ? i : -1;
}

export const curl = defineFormat({
  name: 'curl',
  label: 'curl -v output',
  hint: 'curl -v ftp://…: "> " what curl sent, "< " what it received, "* " its notes.',
  score(sample) {
    const own =
      countLines(sample, (l) => l.startsWith('* '), 2) +
      countLines(sample, (l) => /^[{}] \[\d+ bytes data\]/.test(l), 2);
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
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      // curl's own error, as the last line: "curl: (28) Timeout was reached".
      if (text.startsWith('curl: (', start)) {
        builder.clientError(text.slice(start + 6, end), n);
        continue;
      }
      let at = start;
      let c = text.charCodeAt(at);
      // A marker and its space; a copy may lose the space after a marker of an empty line.
      const markedLine = isMarker(c) && text.charCodeAt(at + 1) === SPACE;
      const emptyMarkedLine = (c === RECEIVED || c === SENT) && end === at + 1;
      if (!markedLine && !emptyMarkedLine) {
        at = afterMeter(text, start, end);
        if (at < 0) continue;
        c = text.charCodeAt(at);
      }
      if (c === NOTE) {
        // "* Connected to host (ip) port 21 (#1)": a new number is a new control connection
        // (curl reports data connections with the number of their control connection).
        const m = text.startsWith('* Connected to ', at)
          ? /^\* Connected to .* \(#(\d+)\)$/.exec(text.slice(at, end))
          : null;
        const number = m?.[1];
        if (number !== undefined && number !== connection) {
          if (connection !== null) builder.connection(n);
          connection = number;
        }
        continue;
      }
      const body = text.slice(at + 2, end);
      if (c === SENT) builder.client(body, n);
      else if (builder.server(body, n) === 'other') {
        warnings.add(
          'not-a-reply',
          `line ${n}: curl shows a server line that is no reply: a reply starts with a three-digit code.`,
        );
      }
    }
    return builder.finish();
  },
});
