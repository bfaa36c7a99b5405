/**
 * The shared classifier: turns what a person types ("550", 550, " 4 2 1 ", "5xx", "x3z", "999", "")
 * into the meaning of each digit of an FTP reply code (RFC 959 §4.2.1), or a precise error.
 *
 * Pure: no Astro, no DOM. The digit tables are passed in, so the same code runs in the
 * build, in the browser island, in the CLI and in Vitest.
 */

/** One row of the first-digit or second-digit table, as the catalogue hands it over. */
export interface DigitRow {
  /** "5yz" or "x5z". */
  id: string;
  digit: number;
  name: string;
  summary: string;
}

export interface DigitTables {
  classes: readonly DigitRow[];
  categories: readonly DigitRow[];
}

/** What one position of the input says. `value` is null for a wildcard or a position not typed yet. */
export interface DigitReading {
  position: 1 | 2 | 3;
  /** The character as typed ("5", "x"), or "" when not typed yet. */
  char: string;
  value: number | null;
  /** The row of the table this digit selects (first and second digit only). */
  row?: DigitRow;
  /** One sentence about this position, for people. */
  text: string;
}

export interface Classified {
  ok: true;
  input: string;
  /** The three positions as a pattern: "550", "5yz", "x3z", "55z" (partial input is padded with y/z). */
  pattern: string;
  /** The numeric code when all three digits are known. */
  code: number | null;
  /** True when all three positions are digits. */
  complete: boolean;
  class: DigitRow | null;
  category: DigitRow | null;
  digits: DigitReading[];
}

export interface ClassifyError {
  ok: false;
  input: string;
  /** A precise, human sentence: what is wrong and what is expected. */
  error: string;
  /** 1-based position of the offending digit, when one position is at fault. */
  position?: 1 | 2 | 3;
  /** What could be read before the error (may be empty). */
  digits: DigitReading[];
}

export type ClassifyResult = Classified | ClassifyError;

const WILDCARD = /^[xyz?*_.]$/i;
const PLACEHOLDER = ['x', 'y', 'z'] as const;
const MAX_INPUT = 64;

/** Positions 1 and 2 have defined values; position 3 is any digit 0–9. */
const POSITION_NAMES = ['first', 'second', 'third'] as const;

/**
 * What counts as a number, everywhere the site reads one (the decoder, the small decoder, search): one to six
 * digits. Three are a reply code; four to six are a number some programs print like one but which is not an FTP
 * reply (Winsock errors such as 10054), explained when the reference knows it.
 */
export const isNumber = (text: string): boolean => /^\d{1,6}$/.test(text);
export const isOtherNumber = (text: string): boolean => isNumber(text) && text.length >= 4;

/** Remove spaces inside the input and a leading "code"/"reply" word people sometimes type. */
export function normalizeCodeInput(input: string | number): string {
  const text = typeof input === 'number' ? String(input) : input;
  return text.replace(/\s+/g, '');
}

/**
 * Classify a code, a partial code (one or two digits) or a pattern with wildcards.
 * Never throws; every input gets a result or an error.
 */
export function classify(input: string | number, tables: DigitTables): ClassifyResult {
  const raw = String(input);
  if (typeof input === 'number' && (!Number.isInteger(input) || input < 0)) {
    return fail(raw, `${raw} is not a reply code: a code is three digits, such as 550.`, []);
  }
  if (raw.length > MAX_INPUT) {
    return fail(shorten(raw), `That is ${raw.length} characters; a reply code is three digits, such as 550.`, []);
  }
  const text = normalizeCodeInput(raw);
  if (text === '') {
    return fail(raw, 'Type a reply code: three digits, such as 550. One or two digits show what is known so far.', []);
  }
  if (/^\d{4,}$/.test(text)) {
    return fail(raw, `An FTP reply code has three digits; ${text} has ${text.length}.`, []);
  }
  if (text.length > 3) {
    return fail(raw, `A reply code has three positions; "${shorten(text)}" has ${text.length} characters.`, []);
  }

  const digits: DigitReading[] = [];
  for (let i = 0; i < 3; i++) {
    const position = (i + 1) as 1 | 2 | 3;
    const char = text[i] ?? '';
    const reading = readPosition(position, char, tables);
    if ('error' in reading) {
      return fail(raw, reading.error, digits, position);
    }
    digits.push(reading);
  }

  const values = digits.map((d) => d.value);
  const complete = values.every((v) => v !== null);
  const pattern = digits.map((d, i) => (d.value === null ? PLACEHOLDER[i] : String(d.value))).join('');
  return {
    ok: true,
    input: raw,
    pattern,
    code: complete ? Number(pattern) : null,
    complete,
    class: digits[0]?.row ?? null,
    category: digits[1]?.row ?? null,
    digits,
  };
}

function readPosition(position: 1 | 2 | 3, char: string, tables: DigitTables): DigitReading | { error: string } {
  const name = POSITION_NAMES[position - 1];
  if (char === '') {
    return { position, char, value: null, text: `The ${name} digit is not typed yet.` };
  }
  if (WILDCARD.test(char)) {
    return { position, char, value: null, text: `The ${name} digit is left open ("${char}").` };
  }
  if (!/^\d$/.test(char)) {
    return {
      error: `"${printable(char)}" is not a digit: the ${name} position of a reply code must be a digit (or x for "any").`,
    };
  }
  const value = Number(char);
  if (position === 3) {
    return {
      position,
      char,
      value,
      text: `The third digit, ${value}, picks one reply within its group; it has no meaning on its own.`,
    };
  }
  const table = position === 1 ? tables.classes : tables.categories;
  const row = table.find((r) => r.digit === value);
  if (!row) {
    const allowed = table.map((r) => r.digit).sort((a, b) => a - b);
    const range = allowed.length ? `${allowed[0]}–${allowed[allowed.length - 1]}` : 'defined';
    return { error: `The ${name} digit must be ${range}; ${value} is not defined.` };
  }
  return { position, char, value, row, text: `${row.id}: ${row.name}. ${row.summary}` };
}

function fail(input: string, error: string, digits: DigitReading[], position?: 1 | 2 | 3): ClassifyError {
  return position === undefined ? { ok: false, input, error, digits } : { ok: false, input, error, position, digits };
}

function shorten(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}

/** Control and invisible characters are shown as code points so an error message stays readable. */
function printable(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(char)
    ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
    : char;
}
