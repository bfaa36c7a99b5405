/**
 * RFC 959 §4.2 reply parsing. A reply is one line "ddd text", or several lines when the first one is
 * "ddd-text": then it runs to the first later line that starts with the same ddd followed by a space.
 * Lines in between may start with anything (other digits, spaces, nothing).
 *
 * Real servers bend this; what is tolerated here, always with a warning:
 * - a terminator that is the bare code ("220" with nothing after it),
 * - replies without text ("200"), or with something other than a space after the code ("200Ok"),
 * - codes outside 100–699,
 * - a multi-line reply cut off at the end of the input ("truncated").
 *
 * Everything here is a single pass over the text with no backtracking regular expression, so a
 * megabyte of hostile input (thousands of "ddd-" openers, very long lines) stays linear.
 */

import { type Warning, WarningList } from './warnings.ts';

export { WarningList } from './warnings.ts';

export interface Reply {
  code: number;
  /** The lines exactly as sent, without their line ends. */
  lines: string[];
  /** True iff the first line is "ddd-". */
  multiline: boolean;
  /** True when a multi-line reply never got its terminating line. */
  truncated: boolean;
  /** 1-based line of the input where the reply starts (0 when unknown). */
  line: number;
}

/** How a line opens a reply: the code and what follows it. */
export interface ReplyStart {
  code: number;
  /** "-" opens a multi-line reply, " " is the normal single line, "" is a bare code, "other" anything else. */
  separator: '-' | ' ' | '' | 'other';
}

type Separator = ReplyStart['separator'];

const SPACE = 0x20;
const HYPHEN = 0x2d;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The value of the digit at `i`, or -1 when there is none. */
function digitAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  return isDigit(c) ? c - 48 : -1;
}

/**
 * The code a line opens a reply with: its first three characters are digits and the fourth is not (four or more digits
 * are no reply code), nor a dot, colon or comma followed by a digit: "192.168.1.66:1025 …" or "123,45" is a number a
 * log wrapped onto a line of its own, not a reply. -1 when the line opens no reply. Reads characters only, so the hot
 * path allocates nothing.
 */
function openingCode(line: string): number {
  const hundreds = digitAt(line, 0);
  const tens = digitAt(line, 1);
  const units = digitAt(line, 2);
  if (hundreds < 0 || tens < 0 || units < 0) return -1;
  const next = line.charCodeAt(3);
  if (isDigit(next) || ((next === 46 || next === 58 || next === 44) && isDigit(line.charCodeAt(4)))) return -1;
  return hundreds * 100 + tens * 10 + units;
}

/** What follows the code on a line that opens a reply. */
function separatorOf(line: string): Separator {
  if (line.length === 3) return '';
  const c = line.charCodeAt(3);
  if (c === HYPHEN) return '-';
  if (c === SPACE) return ' ';
  return 'other';
}

/**
 * Reads the start of a line as a reply opener: three digits, then "-", " ", the end of the line or
 * something else. Four or more digits are not a reply code. Returns null when the line is no reply.
 */
export function replyStart(line: string): ReplyStart | null {
  const code = openingCode(line);
  return code < 0 ? null : { code, separator: separatorOf(line) };
}

/** True when a code is in the range RFC 959 (1yz–5yz) and RFC 2228 (6yz) give reply codes. */
export function inRange(code: number): boolean {
  return code >= 100 && code <= 699;
}

export function pad3(code: number): string {
  return String(code).padStart(3, '0');
}

/**
 * Every line ending ends a line: LF, CRLF and a CR alone (old Mac logs, some terminals). A lone CR becomes LF, so that
 * the formats, the masker and the pairing see the same lines. One pass, and none when the text has no CR.
 */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Splits text into lines at LF, dropping one CR before it (CRLF or bare LF both end a line). With a
 * limit, only the first lines (at least limit - 1 of them) are split off.
 */
export function splitLines(text: string, limit?: number): string[] {
  const lines = text.split('\n', limit);
  if (text.includes('\r')) {
    lines.forEach((line, i) => {
      if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
    });
  }
  // A final line end does not start another (empty) line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function where(line: number): string {
  return line > 0 ? `line ${line}: ` : '';
}

/**
 * What pushing one line did: "start" (the line starts a new reply, now `last`), "continue" (it
 * belongs to the open multi-line reply), "blank" (an empty line outside any reply) or "other" (a
 * line that is not part of any reply; the caller decides what it is).
 */
export type PushResult = 'start' | 'continue' | 'blank' | 'other';

/**
 * Assembles replies from server lines, one line at a time, so log formats can interleave client
 * lines. A multi-line reply stays open across client lines, as on the wire.
 */
export class ReplyReader<R extends Reply = Reply> {
  #open: R | null = null;
  /** The reply the last "start" began. */
  last: R | null = null;
  readonly #warnings: WarningList;
  /** Makes the reply object (log formats add their fields up front, so the object keeps one shape). */
  readonly #make: (code: number, text: string, multiline: boolean, line: number) => R;

  constructor(warnings: WarningList, make: (code: number, text: string, multiline: boolean, line: number) => R) {
    this.#warnings = warnings;
    this.#make = make;
  }

  /** The multi-line reply waiting for its last line, if any. */
  get open(): R | null {
    return this.#open;
  }

  push(text: string, line = 0): PushResult {
    const open = this.#open;
    if (open) {
      open.lines.push(text);
      // The terminator: the same code, then a space or nothing.
      if (openingCode(text) === open.code) {
        const separator = separatorOf(text);
        if (separator === '') {
          this.#warnings.add(
            'multiline-bare-end',
            `${where(line)}the ${pad3(open.code)} multi-line reply ends with a bare "${pad3(open.code)}"; RFC 959 wants the code followed by a space.`,
          );
        }
        if (separator === ' ' || separator === '') this.#open = null;
      }
      return 'continue';
    }
    if (text === '') return 'blank';
    const code = openingCode(text);
    if (code < 0) return 'other';
    const separator = separatorOf(text);
    const reply = this.#make(code, text, separator === '-', line);
    if (!inRange(code)) {
      this.#warnings.add(
        'invalid-code',
        `${where(line)}${pad3(code)} is not a valid reply code: the first digit must be 1–6.`,
      );
    }
    if (separator === '' || separator === 'other') {
      this.#warnings.add(
        separator === '' ? 'reply-no-text' : 'reply-no-space',
        `${where(line)}reply ${pad3(code)} has no ${separator === '' ? 'text' : 'space'} after the code.`,
      );
    }
    if (separator === '-') this.#open = reply;
    this.last = reply;
    return 'start';
  }

  /** Closes an open multi-line reply as truncated (end of input, or the log says the reply ended). */
  close(reason: 'end' | 'boundary', line = 0): R | null {
    const open = this.#open;
    if (!open) return null;
    open.truncated = true;
    // Blank lines after the last text of a cut-off reply are the paste's, not the server's.
    while (open.lines.length > 1 && open.lines[open.lines.length - 1] === '') open.lines.pop();
    this.#open = null;
    const lines = open.lines.length;
    this.#warnings.add(
      'multiline-truncated',
      reason === 'end'
        ? `${where(open.line)}the ${pad3(open.code)} multi-line reply is truncated: the input ends after ${lines} line${lines === 1 ? '' : 's'} without "${pad3(open.code)} " closing it.`
        : `${where(line || open.line)}the ${pad3(open.code)} multi-line reply from line ${open.line} is truncated: the log ends it (or a new connection starts) before a "${pad3(open.code)} " line.`,
    );
    return open;
  }
}

export interface ParsedReplies {
  replies: Reply[];
  /** Lines that are not part of any reply, with their 1-based line numbers. */
  other: { line: number; text: string }[];
  warnings: Warning[];
}

/**
 * Parses text (or lines) that holds only server replies. Lines outside any reply that do not start
 * with a code are reported in `other` and as a warning; empty lines between replies are ignored.
 */
export function parseReplies(input: string | readonly string[], warnings = new WarningList()): ParsedReplies {
  const lines = typeof input === 'string' ? splitLines(input) : input;
  const reader = new ReplyReader(warnings, (code, text, multiline, line): Reply => ({
    code,
    lines: [text],
    multiline,
    truncated: false,
    line,
  }));
  const replies: Reply[] = [];
  const other: { line: number; text: string }[] = [];
  let n = 0;
  for (const text of lines) {
    n++;
    const result = reader.push(text, n);
    if (result === 'start' && reader.last) replies.push(reader.last);
    else if (result === 'other') {
      other.push({ line: n, text });
      warnings.add('not-a-reply', `line ${n}: not a reply: a reply line starts with a three-digit code.`);
    }
  }
  reader.close('end');
  return { replies, other, warnings: warnings.list() };
}
