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

const MAX_WARNINGS = 200;

/**
 * Collects warnings with a cap, so hostile input cannot produce a million of them.
 * The last entry says how many more were left out.
 */
export class WarningList {
  readonly #items: string[] = [];
  #dropped = 0;
  readonly #seen = new Set<string>();

  add(message: string): void {
    if (this.#seen.has(message)) return;
    if (this.#items.length >= MAX_WARNINGS) {
      this.#dropped++;
      return;
    }
    this.#seen.add(message);
    this.#items.push(message);
  }

  get size(): number {
    return this.#items.length + this.#dropped;
  }

  list(): string[] {
    return this.#dropped > 0
      ? [...this.#items, `… and ${this.#dropped} more warning${this.#dropped === 1 ? '' : 's'} not shown.`]
      : [...this.#items];
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SEPARATORS = ['-', ' ', '', 'other'] as const;

/**
 * The reply opener of a line as one number (no allocation): -1 when the line is no reply, else the
 * code plus 1000 times the index of its separator in SEPARATORS.
 */
function startOf(line: string): number {
  const a = line.charCodeAt(0);
  const b = line.charCodeAt(1);
  const c = line.charCodeAt(2);
  if (!isDigit(a) || !isDigit(b) || !isDigit(c)) return -1;
  const code = a * 100 + b * 10 + c - 5328;
  if (line.length === 3) return code + 2000;
  const next = line.charCodeAt(3);
  return isDigit(next) ? -1 : next === 45 ? code : next === 32 ? code + 1000 : code + 3000;
}

/**
 * Reads the start of a line as a reply opener: three digits, then "-", " ", the end of the line or
 * something else. Four or more digits are not a reply code. Returns null when the line is no reply.
 */
export function replyStart(line: string): ReplyStart | null {
  const start = startOf(line);
  return start < 0 ? null : { code: start % 1000, separator: SEPARATORS[(start / 1000) | 0] as ReplyStart['separator'] };
}

/** True when a code is in the range RFC 959 (1yz–5yz) and RFC 2228 (6yz) give reply codes. */
export function inRange(code: number): boolean {
  return code >= 100 && code <= 699;
}

export function pad3(code: number): string {
  return String(code).padStart(3, '0');
}

/**
 * Splits text into lines at LF, dropping one CR before it (CRLF or bare LF both end a line). With a
 * limit, only the first lines (at least limit - 1 of them) are split off.
 */
export function splitLines(text: string, limit?: number): string[] {
  const lines = text.split('\n', limit);
  if (text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
    }
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
export class ReplyReader {
  #open: Reply | null = null;
  /** The reply the last "start" began. */
  last: Reply | null = null;
  readonly #warnings: WarningList;
  /** Makes the reply object (log formats add their fields up front, so the object keeps one shape). */
  readonly #make: (code: number, text: string, multiline: boolean, line: number) => Reply;

  constructor(warnings: WarningList, make = (code: number, text: string, multiline: boolean, line: number): Reply => ({ code, lines: [text], multiline, truncated: false, line })) {
    this.#warnings = warnings;
    this.#make = make;
  }

  /** The multi-line reply waiting for its last line, if any. */
  get open(): Reply | null {
    return this.#open;
  }

  push(text: string, line = 0): PushResult {
    const open = this.#open;
    if (open) {
      open.lines.push(text);
      const start = startOf(text);
      // The terminator: the same code, then a space (1) or nothing (2).
      if (start >= 0 && start % 1000 === open.code && start >= 1000 && start < 3000) {
        if (start >= 2000) {
          this.#warnings.add(
            `${where(line)}the ${pad3(open.code)} multi-line reply ends with a bare "${pad3(open.code)}"; RFC 959 wants the code followed by a space.`,
          );
        }
        this.#open = null;
      }
      return 'continue';
    }
    if (text === '') return 'blank';
    const start = startOf(text);
    if (start < 0) return 'other';
    const code = start % 1000;
    const reply = this.#make(code, text, start < 1000, line);
    if (!inRange(code)) {
      this.#warnings.add(`${where(line)}${pad3(code)} is not a valid reply code: the first digit must be 1–6.`);
    }
    if (start >= 2000) {
      this.#warnings.add(`${where(line)}reply ${pad3(code)} has no ${start < 3000 ? 'text' : 'space'} after the code.`);
    }
    if (start < 1000) this.#open = reply;
    this.last = reply;
    return 'start';
  }

  /** Closes an open multi-line reply as truncated (end of input, or the log says the reply ended). */
  close(reason: 'end' | 'boundary', line = 0): Reply | null {
    const open = this.#open;
    if (!open) return null;
    open.truncated = true;
    // Blank lines after the last text of a cut-off reply are the paste's, not the server's.
    while (open.lines.length > 1 && open.lines[open.lines.length - 1] === '') open.lines.pop();
    this.#open = null;
    const lines = open.lines.length;
    this.#warnings.add(
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
  warnings: string[];
}

/**
 * Parses text (or lines) that holds only server replies. Lines outside any reply that do not start
 * with a code are reported in `other` and as a warning; empty lines between replies are ignored.
 */
export function parseReplies(input: string | readonly string[], warnings = new WarningList()): ParsedReplies {
  const lines = typeof input === 'string' ? splitLines(input) : input;
  const reader = new ReplyReader(warnings);
  const replies: Reply[] = [];
  const other: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const result = reader.push(text, i + 1);
    if (result === 'start') replies.push(reader.last as Reply);
    else if (result === 'other') {
      other.push({ line: i + 1, text });
      warnings.add(`line ${i + 1}: not a reply: a reply line starts with a three-digit code.`);
    }
  }
  reader.close('end');
  return { replies, other, warnings: warnings.list() };
}
