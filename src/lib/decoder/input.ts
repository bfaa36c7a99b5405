/**
 * Checks on the input before any format reads it: its size, signs of binary data, and an indentation shared by every
 * line (a transcript pasted from an e-mail or a web page).
 */
import type { WarningList } from './reply.ts';

/** UTF-8 length of a string, stopping early once it passes `limit`; at most `limit` when it cannot pass it. */
export function utf8Length(text: string, limit: number): number {
  // A UTF-16 unit is at most 3 bytes (a surrogate pair 4 for two units).
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Control characters that text holds: tab, line feed, form feed, carriage return, escape (colours in a log). */
const TEXT_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);
/** What undecodable bytes become when a log is read as UTF-8. */
const REPLACEMENT_CHARACTER = 0xfffd;

/** Warns about NUL bytes and other control characters that suggest binary data. */
export function checkBinary(text: string, warnings: WarningList): void {
  // Text almost never has one: look for any before counting.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\0-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]/.test(text)) return;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 32 && !TEXT_CONTROLS.has(c)) || c === REPLACEMENT_CHARACTER) control++;
  }
  if (nul > 0) {
    warnings.add(
      'binary',
      `The input contains ${nul} NUL byte${nul === 1 ? '' : 's'}: it looks like binary data, not a log. Lines with them are decoded as they are.`,
    );
  }
  if (control > 0 && control + nul > text.length / 20) {
    warnings.add(
      'control-characters',
      `${control} control or undecodable characters: the input may be binary or in a different encoding.`,
    );
  }
}

/**
 * The indentation (spaces and tabs) shared by every non-blank line, 0 when there is none: a
 * transcript pasted from an e-mail or a web page. A multi-line reply's own leading spaces survive
 * because its first line is not indented. Stops at the first line without indentation.
 */
export function sharedIndent(text: string): number {
  let min = Infinity;
  for (let start = 0, end = 0; end < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    // A blank line (only white space, as trim() sees it) does not count.
    if (i < end && ((c > 32 && c < 127) || /\S/.test(text.slice(i, end))) && i - start < min) {
      min = i - start;
      if (min === 0) return 0;
    }
  }
  return Number.isFinite(min) ? min : 0;
}
