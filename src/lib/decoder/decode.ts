/**
 * The decoder: text in (a code, a reply, a transcript or a client log), the DESIGN.md contract out.
 * Pure and total: it never throws on any string, and the catalogue is passed in, so the same code
 * runs in the browser island, the CLI and Vitest.
 */
import { classify } from '../classify.ts';
import { type DecoderCatalog, type DecoderCode, type FirstFailure, firstFailure, type NormalCatalog, normalizeCatalog } from './advice.ts';
import { commandVerb, type LogMessage } from './formats/common.ts';
import { detectFormat, type FormatName, formatByName, FORMAT_NAMES, isFormatName } from './formats/index.ts';
import { sharedIndent } from './formats/raw.ts';
import { inRange, pad3, splitLines, WarningList } from './reply.ts';
import { type Exchange, pairExchanges } from './pairing.ts';

export type { DecoderCatalog, DecoderCode, FirstFailure } from './advice.ts';
export type { Exchange, ExchangeReply, Stage } from './exchange.ts';
export type { FormatName } from './formats/index.ts';
export { FORMAT_NAMES } from './formats/index.ts';

export interface ClientMessage {
  dir: 'c';
  /** The command line as sent, with a password masked ("PASS ****"). */
  lines: [string];
  multiline: false;
  /** The verb, upper-cased ("USER"). */
  command: string;
}

export interface ServerMessage {
  dir: 's';
  code: number;
  /** The reply lines exactly as the server sent them, log prefixes removed. */
  lines: string[];
  multiline: boolean;
  /** First digit of the code. */
  class: number;
  /** Second digit of the code. */
  category: number;
  /** The catalogue's title for the code, or null when the catalogue does not know it. */
  meaning: string | null;
  known: boolean;
  /** Present (true) when a multi-line reply never got its last line. */
  truncated?: true;
}

export type Message = ClientMessage | ServerMessage;

export interface DecodeResult {
  input: FormatName;
  messages: Message[];
  exchanges: Exchange[];
  firstFailure: FirstFailure | null;
  warnings: string[];
}

export interface DecodeOptions {
  /** Skip detection and read the input as this format. */
  format?: string | undefined;
  /** Refuse input above this many bytes (default MAX_INPUT_BYTES); the benchmark raises it to measure throughput. */
  maxBytes?: number | undefined;
}

/** Larger input is not decoded (the UI keeps the text; the CLI refuses it). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** RFC 959 commands: §5.4 lists their replies completely, so an unlisted positive reply is worth a warning. */
const RFC959_COMMANDS = new Set([
  'USER', 'PASS', 'ACCT', 'CWD', 'CDUP', 'SMNT', 'REIN', 'QUIT', 'PORT', 'PASV', 'MODE', 'TYPE', 'STRU', 'ALLO', 'REST',
  'STOR', 'STOU', 'RETR', 'LIST', 'NLST', 'APPE', 'RNFR', 'RNTO', 'DELE', 'RMD', 'MKD', 'PWD', 'ABOR', 'SYST', 'STAT',
  'HELP', 'SITE', 'NOOP',
]);

/** UTF-8 length of a string, stopping early once it passes `limit`; at most `limit` when it cannot pass it. */
function utf8Length(text: string, limit: number): number {
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

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Warns about NUL bytes and other control characters that suggest binary data. */
function checkBinary(text: string, warnings: WarningList): void {
  // Text almost never has one: look for any before counting.
  if (!/[\0-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]/.test(text)) return;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) control++;
  }
  if (nul > 0) {
    warnings.add(`The input contains ${nul} NUL byte${nul === 1 ? '' : 's'}: it looks like binary data, not a log. Lines with them are decoded as they are.`);
  }
  if (control > 0 && control + nul > text.length / 20) {
    warnings.add(`${control} control or undecodable characters: the input may be binary or in a different encoding.`);
  }
}

/** A server line that starts like a password command is masked too (a garbled transcript). */
function maskServerLine(line: string): string {
  return (line.charCodeAt(0) | 32) === 112 && /^PASS [^*]/i.test(line.slice(0, 6)) ? `${line.slice(0, 5)}****` : line;
}

function codeIndex(catalog: NormalCatalog): Map<number, DecoderCode> {
  const map = new Map<number, DecoderCode>();
  for (const c of catalog.codes) map.set(c.code, c);
  return map;
}

/**
 * Whether the catalogue lists a positive reply for an RFC 959 command (from its meanings'
 * `commands`). Unknown when the catalogue ties no code to that command.
 */
function expectedReplies(catalog: NormalCatalog): (code: number, command: string) => boolean | undefined {
  const byCode = new Map<number, Set<string>>();
  const commands = new Set<string>();
  for (const c of catalog.codes) {
    for (const m of c.meanings ?? []) {
      for (const cmd of m.commands) {
        commands.add(cmd);
        let set = byCode.get(c.code);
        if (!set) byCode.set(c.code, (set = new Set()));
        set.add(cmd);
      }
    }
  }
  return (code, command) => {
    // SITE replies are site-defined; CDUP is "a special case of CWD" (RFC 959 §4.1.1), so servers answer 250.
    if (command === 'SITE' || command === 'CDUP') return undefined;
    if (!RFC959_COMMANDS.has(command) || !commands.has(command)) return undefined;
    const set = byCode.get(code);
    return set ? set.has(command) : undefined;
  };
}

/**
 * The message as decode() returns it; its line array is the parser's own (nothing changes it any
 * more) unless a line is masked. Codes the catalogue does not know are collected in `unknown`.
 */
function toMessage(message: LogMessage, codes: Map<number, DecoderCode>, unknown: Set<number>): Message {
  if (message.dir === 'c') return { dir: 'c', lines: message.lines, multiline: false, command: commandVerb(message.lines[0]) };
  let lines = message.lines;
  const code = message.code;
  const entry = codes.get(code);
  if (!entry && inRange(code)) unknown.add(code);
  // An indexed loop: a for-of costs an iterator per call until the code is optimized.
  for (let i = 0; i < lines.length; i++) {
    if (maskServerLine(lines[i] as string) !== lines[i]) {
      lines = lines.map(maskServerLine);
      break;
    }
  }
  const out: ServerMessage = {
    dir: 's',
    code,
    lines,
    multiline: message.multiline,
    class: Math.floor(code / 100),
    category: Math.floor(code / 10) % 10,
    meaning: entry ? entry.title : null,
    known: entry !== undefined,
  };
  if (message.truncated) out.truncated = true;
  return out;
}

function empty(input: FormatName, warnings: WarningList): DecodeResult {
  return { input, messages: [], exchanges: [], firstFailure: null, warnings: warnings.list() };
}

/** Decodes text into messages, exchanges, the first failure and warnings. Never throws. */
export function decode(text: string, source: DecoderCatalog, options: DecodeOptions = {}): DecodeResult {
  const warnings = new WarningList();
  const catalog = normalizeCatalog(source);
  let input = typeof text === 'string' ? text : '';
  if (typeof text !== 'string') warnings.add('The input is not text.');
  if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);

  const requested = options.format;
  let forced: FormatName | null = null;
  if (requested !== undefined && requested !== '') {
    if (isFormatName(requested)) forced = requested;
    else warnings.add(`Unknown format "${requested.slice(0, 40)}"; known formats: ${FORMAT_NAMES.join(', ')}. The format was detected instead.`);
  }

  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  const bytes = utf8Length(input, limit);
  if (bytes > limit) {
    warnings.add(
      `The input is ${megabytes(bytes)}; the decoder reads at most ${megabytes(limit)}. Nothing was decoded: paste the part around the failure.`,
    );
    return empty(forced ?? detectFormat(input.slice(0, 64 * 1024)).format.name, warnings);
  }
  if (input.trim() === '') {
    warnings.add('Nothing to decode: paste a reply code, a reply, or a client log.');
    return empty(forced ?? 'raw', warnings);
  }
  checkBinary(input, warnings);

  let lines = input;
  const indent = sharedIndent(input);
  if (indent > 0) {
    // Every line ends in CRLF, so splitting again gives exactly these lines (a CR they end in included).
    lines = splitLines(input).map((l) => `${l.trim() === '' ? '' : l.slice(indent)}\r\n`).join('');
    warnings.add(`Every line was indented by ${indent}; the indentation was removed.`);
  }

  const format = forced ? formatByName(forced) : detectFormat(lines).format;
  const codes = codeIndex(catalog);

  if (format.name === 'code') {
    const result = classify(input, catalog);
    if (!result.ok) {
      // Some programs print other numbers like replies (Winsock errors); the catalogue may know them.
      const number = input.trim();
      const entry = /^\d{4,6}$/.test(number) ? codes.get(Number(number)) : undefined;
      warnings.add(entry ? `${number} is not an FTP reply code: ${entry.title}.` : result.error);
      return empty('code', warnings);
    }
    if (!result.complete) {
      const rows = [result.class, result.category].filter((r) => r !== null).map((r) => `${r.id} ${r.name}`);
      warnings.add(
        `${result.pattern} is a pattern, not one reply code${rows.length ? `: ${rows.join(', ')}` : ''}. Type all three digits to decode a reply.`,
      );
      return empty('code', warnings);
    }
  }

  const parsed = format.parse(lines, warnings);
  if (parsed.length === 0 && format.name !== 'code') {
    warnings.add(`No FTP commands or replies were found in the input (read as ${format.label}).`);
  }

  const unknown = new Set<number>();
  const messages = parsed.map((m) => toMessage(m, codes, unknown));
  if (catalog.codes.length > 0) {
    for (const c of unknown) warnings.add(`${pad3(c)} is not a reply code the catalogue knows; its digits still tell its class and category.`);
  }

  const standalone = format.name === 'code' || format.name === 'reply';
  const exchanges = pairExchanges(parsed, warnings, { expected: expectedReplies(catalog), standalone, commands: catalog.commands });
  const failure = firstFailure(parsed, exchanges, catalog);
  return { input: format.name, messages, exchanges, firstFailure: failure, warnings: warnings.list() };
}
