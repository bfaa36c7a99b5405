/**
 * The decoder: text in (a code, a reply, a transcript or a client log), the DESIGN.md contract out.
 * Pure and total: it never throws on any string, and the catalogue is passed in, so the same code
 * runs in the browser island, the CLI and Vitest.
 *
 * The pieces: input.ts (size, binary, indentation), formats/ (detection and one parser per format), messages.ts (the
 * contract's messages), pairing.ts (pairing commands with replies), advice.ts (the first failure), mask.ts (secrets).
 */
import { classify } from '../classify.ts';
import { type DecoderCatalog, type NormalCatalog, normalizeCatalog, reviewFailures } from './advice.ts';
import { clientEnding } from './ending.ts';
import { detectFormat, type FormatName, formatByName, FORMAT_NAMES, isFormatName } from './formats/index.ts';
import { checkBinary, megabytes, sharedIndent, utf8Length } from './input.ts';
import { codeIndex, type DecodeResult, toMessage } from './messages.ts';
import { maskSecrets } from './mask.ts';
import { normalizeLineEnds, pad3, splitLines, WarningList } from './reply.ts';
import { pairExchanges } from './pairing.ts';

export type { DecoderCatalog, DecoderCode, FirstFailure, Harmless } from './advice.ts';
export type { ClientEnding } from './ending.ts';
export type { Exchange, ExchangeReply, Stage, UnlistedReply } from './exchange.ts';
export type {
  ClientMessage,
  DecodeResult,
  Message,
  ServerIdentity,
  ServerMessage,
  ServerMessageRef,
  ServerRecogniser,
} from './messages.ts';
export type { Warning, WarningKind } from './warnings.ts';
export { WARNING_KINDS } from './warnings.ts';
export type { FormatName } from './formats/index.ts';
export { FORMAT_NAMES } from './formats/index.ts';

export interface DecodeOptions {
  /** Skip detection and read the input as this format. */
  format?: string | undefined;
  /** Refuse input above this many bytes (default MAX_INPUT_BYTES); the benchmark raises it to measure throughput. */
  maxBytes?: number | undefined;
}

/** Larger input is not decoded (the UI keeps the text; the CLI refuses it). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Detection of an input too large to decode reads only its start. */
const DETECT_TOO_LARGE_CHARS = 64 * 1024;

function empty(input: FormatName, warnings: WarningList): DecodeResult {
  return { input, server: null, messages: [], exchanges: [], firstFailure: null, warnings: warnings.list() };
}

/** The format the caller asked for, or null (with a warning when the name is unknown). */
function requestedFormat(requested: string | undefined, warnings: WarningList): FormatName | null {
  if (requested === undefined || requested === '') return null;
  if (isFormatName(requested)) return requested;
  warnings.add(
    'unknown-format',
    `Unknown format "${requested.slice(0, 40)}"; known formats: ${FORMAT_NAMES.join(', ')}. The format was detected instead.`,
  );
  return null;
}

/**
 * A code or a pattern that is no reply gets its explanation as a warning and nothing else; null when the input is
 * a complete code (it decodes as a reply).
 */
function explainNonReplyCode(input: string, catalog: NormalCatalog, warnings: WarningList): DecodeResult | null {
  // The input is a code by detection or by request; masked, in case a log was read as a code on request.
  const result = classify(maskSecrets(input), catalog);
  if (!result.ok) {
    // Some programs print other numbers like replies (Winsock errors); the catalogue may know them.
    const number = input.trim();
    const entry = /^\d{4,6}$/.test(number) ? codeIndex(catalog.codes).get(Number(number)) : undefined;
    warnings.add('not-a-code', entry ? `${number} is not an FTP reply code: ${entry.title}.` : result.error);
    return empty('code', warnings);
  }
  if (!result.complete) {
    const rows = [result.class, result.category].filter((r) => r !== null).map((r) => `${r.id} ${r.name}`);
    warnings.add(
      'pattern',
      `${result.pattern} is a pattern, not one reply code${rows.length ? `: ${rows.join(', ')}` : ''}. Type all three digits to decode a reply.`,
    );
    return empty('code', warnings);
  }
  return null;
}

/** Decodes text into messages, exchanges, the first failure and warnings. Never throws. */
export function decode(text: string, source: DecoderCatalog, options: DecodeOptions = {}): DecodeResult {
  const warnings = new WarningList();
  const catalog = normalizeCatalog(source);
  let input = typeof text === 'string' ? text : '';
  if (typeof text !== 'string') warnings.add('not-text', 'The input is not text.');
  if (input.startsWith('\ufeff')) input = input.slice(1);
  input = normalizeLineEnds(input);
  const forced = requestedFormat(options.format, warnings);

  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  const bytes = utf8Length(input, limit);
  if (bytes > limit) {
    warnings.add(
      'too-large',
      `The input is ${megabytes(bytes)}; the decoder reads at most ${megabytes(limit)}. Nothing was decoded: paste the part around the failure.`,
    );
    return empty(
      forced ?? detectFormat(input.slice(0, DETECT_TOO_LARGE_CHARS), catalog.commands.known).format.name,
      warnings,
    );
  }
  if (input.trim() === '') {
    warnings.add('empty', 'Nothing to decode: paste a reply code, a reply, or a client log.');
    return empty(forced ?? 'raw', warnings);
  }
  checkBinary(input, warnings);

  let lines = input;
  const indent = sharedIndent(input);
  if (indent > 0) {
    // Every line ends in CRLF, so splitting again gives exactly these lines (a CR they end in included).
    lines = splitLines(input)
      .map((l) => `${l.trim() === '' ? '' : l.slice(indent)}\r\n`)
      .join('');
    warnings.add('indented', `Every line was indented by ${indent}; the indentation was removed.`);
  }

  const format = forced ? formatByName(forced) : detectFormat(lines, catalog.commands.known).format;
  if (format.name === 'code') {
    const explained = explainNonReplyCode(input, catalog, warnings);
    if (explained) return explained;
  }

  const { messages: parsed, errors } = format.parse(lines, warnings, catalog.commands.known);
  if (parsed.length === 0 && errors.length === 0 && format.name !== 'code') {
    warnings.add('nothing-found', `No FTP commands or replies were found in the input (read as ${format.label}).`);
  }

  const codes = codeIndex(catalog.codes);
  const unknown = new Set<number>();
  const messages = parsed.map((m) => toMessage(m, codes, unknown));
  if (catalog.codes.length > 0) {
    for (const c of unknown)
      warnings.add(
        'unknown-code',
        `${pad3(c)} is not a reply code the catalogue knows; its digits still tell its class and category.`,
      );
  }

  // Replies with no command anywhere (a script's output, a traceback) answer commands the log does not show: no
  // greeting, no session order to check.
  const repliesOnly = parsed.length > 1 && parsed.every((m) => m.dir === 's');
  const standalone =
    format.name === 'code' ||
    format.name === 'reply' ||
    repliesOnly ||
    (format.lone === true && parsed.every((m) => m.dir === 's'));
  const exchanges = pairExchanges(parsed, warnings, {
    standalone,
    commands: catalog.commands,
  });
  const { first, harmless } = reviewFailures(parsed, exchanges, catalog, errors);
  for (const [index, why] of harmless) {
    const m = messages[index];
    if (m?.dir === 's') m.harmless = why;
  }
  const result: DecodeResult = {
    input: format.name,
    server: null,
    messages,
    exchanges,
    firstFailure: first,
    warnings: warnings.list(),
  };
  const ending = standalone ? null : clientEnding(lines, catalog.clientErrors);
  if (ending) result.clientEnding = ending;
  if (format.name !== 'code') catalog.servers?.recognise(result);
  return result;
}
