/**
 * FileZilla's message log: "Status:", "Command:", "Response:", "Error:", "Trace:", "Listing:" lines, in any of the
 * languages FileZilla ships (filezilla-labels.ts, extracted from its translations). FluentFTP's own log uses the same
 * labels. What may come before the label is skipped:
 * - a time ("12:00:01\tStatus:\t…"), the log file's "2026-01-01 12:00:01 4242 1 ", a "[date time] " stamp, a logger's
 *   prefix ("2023-12-14 15:32:26.327 +02:00 [INF] "),
 * - the quoting of an issue tracker: "> ", Markdown bold ("**Response:**").
 * After the label: tabs (the window aligns with them), or spaces; a run of spaces is padding ("Response:   220") unless
 * a multi-line reply is open, where one space is the separator and the rest is the server's.
 *
 * "Error:" lines are the client's own failures (a timeout, a refused data connection): they count for the first
 * failure even when no reply failed.
 */
import { splitLines } from '../reply.ts';
import { countLines, defineFormat, MessageBuilder } from './common.ts';
import { FILEZILLA_LABELS } from './filezilla-labels.ts';

const KINDS = ['Status', 'Command', 'Response', 'Error', 'Trace', 'Listing'] as const;
type Kind = (typeof KINDS)[number];

/** Every label in every language → its kind. */
const LABELS = new Map<string, Kind>();
for (const kind of KINDS) for (const label of FILEZILLA_LABELS[kind].split('|')) LABELS.set(label, kind);

/** A word of prose: lower-case letters then a space. */
const PROSE = /[a-z]{2,} /;

/** How far into a line a label may start (after a stamp or a logger's prefix). */
const MAX_PREFIX = 100;

const isBlank = (c: number) => c === 32 || c === 9;
/** Characters a prefix can end in before the label: blank, "]", "|", ">", "*" (Markdown bold), "_" (italics). */
const isBoundary = (c: number) => isBlank(c) || c === 93 || c === 124 || c === 62 || c === 42 || c === 95;

/** The label starting at `at`, and where it ends: "Response:", "Statut :", or one without a colon ("Odpowiedź"). */
function labelAt(line: string, at: number): { kind: Kind; end: number } | null {
  const colon = line.indexOf(':', at);
  if (colon > at && colon - at < 40) {
    const kind = LABELS.get(line.slice(at, colon + 1));
    if (kind) return { kind, end: colon + 1 };
  }
  let space = at;
  while (space < line.length && space - at < 40 && !isBlank(line.charCodeAt(space))) space++;
  const kind = LABELS.get(line.slice(at, space));
  return kind ? { kind, end: space } : null;
}

interface Entry {
  kind: Kind;
  /** The line after the label, its separator not yet removed. */
  rest: string;
}

function read(line: string): Entry | null {
  const limit = Math.min(line.length, MAX_PREFIX);
  for (let at = 0; at < limit; at++) {
    if (at > 0 && !isBoundary(line.charCodeAt(at - 1))) continue;
    // What comes before is a stamp or a logger's name, never prose ("the Response: was…").
    if (at > 0 && PROSE.test(line.slice(0, at))) return null;
    const c = line.charCodeAt(at);
    // Labels start with a letter; digits, blanks and punctuation start no label.
    if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 0xc0)) continue;
    const label = labelAt(line, at);
    if (!label) continue;
    let end = label.end;
    if (line.startsWith('**', end)) end += 2;
    const next = line.charCodeAt(end);
    if (end < line.length && !isBlank(next)) continue;
    return { kind: label.kind, rest: line.slice(end) };
  }
  return null;
}

/** The text after the label's separator: see the file comment. */
function textOf(rest: string, replyOpen: boolean): string {
  let blanks = 0;
  while (blanks < rest.length && isBlank(rest.charCodeAt(blanks))) blanks++;
  const run = rest.slice(0, blanks);
  const tab = run.lastIndexOf('\t');
  if (tab >= 0) return rest.slice(tab + 1);
  return replyOpen || blanks <= 1 ? rest.slice(Math.min(1, blanks)) : rest.slice(blanks);
}

export const filezilla = defineFormat({
  name: 'filezilla',
  label: 'FileZilla message log',
  hint: "FileZilla's message log (any language) or FluentFTP's: Status:, Command:, Response:, Error: lines.",
  score(sample) {
    return countLines(sample, (l) => read(l) !== null, 3);
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    for (const [i, line] of lines.entries()) {
      const entry = read(line);
      if (!entry) continue;
      const body = textOf(entry.rest, builder.replyOpen);
      if (entry.kind === 'Status' && /^Connecting to /.test(body)) builder.connection(i + 1);
      else if (entry.kind === 'Command') builder.client(body, i + 1);
      else if (entry.kind === 'Error') builder.clientError(body, i + 1);
      else if (entry.kind === 'Response' && builder.server(body, i + 1) === 'other') {
        warnings.add('not-a-reply', `line ${i + 1}: FileZilla shows a response line without a three-digit code.`);
      }
    }
    return builder.finish();
  },
});
