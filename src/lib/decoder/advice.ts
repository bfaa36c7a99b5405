/**
 * The first failure of a session and what to check. The meaning and the general action come from
 * the catalogue entry of the code; the hint in between comes from the advice rules (hint.ts), which
 * read the pairing of a command with a code (425 after PASV → passive ports; 530 after PASS →
 * credentials; 550 after RETR → path and permissions) and what else the session shows.
 */
import type { ClientError } from '../../schemas/client-error.ts';
import type { DigitTables } from '../classify.ts';
import { type DecoderCommands, isProbe, NO_COMMANDS } from './commands.ts';
import { abortedTransfer, type Exchange, type ExchangeReply } from './exchange.ts';
import type { ClientError as ErrorLine, LogMessage } from './formats/common.ts';
import type { ServerRecogniser } from './messages.ts';
import { hint, plainHint, quoteArg } from './hint.ts';
import { pad3 } from './reply.ts';

/** What the decoder needs of a code: its title, and for a failure what to do (src/lib/reference/payload.ts). */
export interface DecoderCode {
  code: number;
  title: string;
  action?: string;
  /** The code's summary in plain words (for the plain sentence; the title stands in without it). */
  summary?: string;
}

/** What the decoder reads: the digit tables, the codes, and what it knows of commands (`decoderCommands()`). */
export interface DecoderCatalog extends DigitTables {
  codes: readonly DecoderCode[];
  /** Without it replies are paired by stage only, and failures get no command-specific hint. */
  commands?: DecoderCommands | undefined;
  /** The closing lines of clients the decoder explains (content/client-errors.yaml). */
  clientErrors?: readonly ClientError[] | undefined;
  /** Without it the server is not named and no reply gets a `serverMessage` (src/lib/decoder/server.ts). */
  servers?: ServerRecogniser | undefined;
}

/** The catalogue with its command knowledge filled in (none when it had none). */
export interface NormalCatalog extends DigitTables {
  codes: readonly DecoderCode[];
  commands: DecoderCommands;
  clientErrors: readonly ClientError[];
  servers?: ServerRecogniser | undefined;
}

export function normalizeCatalog(catalog: DecoderCatalog): NormalCatalog {
  return {
    classes: catalog.classes,
    categories: catalog.categories,
    codes: catalog.codes,
    commands: catalog.commands ?? NO_COMMANDS,
    clientErrors: catalog.clientErrors ?? [],
    servers: catalog.servers,
  };
}

export interface FirstFailure {
  /** Index of the failing reply in `messages`; for a failure without a code, of the message it came after (or 0). */
  index: number;
  /** The failing reply's code; null when a log line without a code says what failed (`error`). */
  code: number | null;
  advice: string;
  /** The same in one plain sentence for a person who is not an expert: what failed, why, what to try. */
  plain: string;
  /** The client's (or a server log's) own error line, when that is the failure: "Connection timed out". */
  error?: string;
}

/**
 * Why a 4yz/5yz reply is no failure: a probe the client moved on from, a refusal it worked around with an alternative
 * that worked (PORT 502, then PASV), or the end of a transfer it aborted itself.
 */
export type Harmless = 'probe' | 'fallback' | 'aborted';

/** Replies that say the server does not do a command (or these arguments) at all, rather than that it failed. */
const NOT_IMPLEMENTED = new Set([500, 501, 502, 504]);

function isFailure(code: number): boolean {
  const first = Math.floor(code / 100);
  return first === 4 || first === 5;
}

interface Candidate {
  exchange: number;
  reply: ExchangeReply;
}

/**
 * The first failure, and every 4yz/5yz reply that is none (by its index in `messages`), with the reason. A log line
 * without a code (`errors`: a client's timeout, a server log's FAIL) is the failure when it came before the first
 * failing reply (a timeout, then the server's 421 or 425).
 */
export function reviewFailures(
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
  errors: readonly ErrorLine[] = [],
): { first: FirstFailure | null; harmless: Map<number, Harmless> } {
  const commands = catalog.commands;
  const probe = (e: Exchange) => e.command !== null && isProbe(commands, e.command, e.argument);
  // Indexed loops: this runs over every exchange of logs with 100 000 lines, often before the engine optimises it.
  const candidates: Candidate[] = [];
  let inOrder = true;
  let last = -1;
  // A probe's refusal matters only when the client stopped there: it does not count once the client sent a later
  // real command (not another probe, not QUIT/NOOP/ABOR/REIN), whether or not the log shows its reply.
  let lastReal = -1;
  for (let e = 0; e < exchanges.length; e++) {
    const exchange = exchanges[e];
    if (!exchange) continue;
    const real = exchange.command !== null && !probe(exchange) && !commands.session.has(exchange.command);
    if (real && exchange.index !== null && exchange.index > lastReal) lastReal = exchange.index;
    const replies = exchange.replies;
    for (let r = 0; r < replies.length; r++) {
      const reply = replies[r];
      if (!reply) continue;
      if (!isFailure(reply.code)) continue;
      if (reply.index < last) inOrder = false;
      last = reply.index;
      candidates.push({ exchange: e, reply });
    }
  }
  if (!inOrder) candidates.sort((a, b) => a.reply.index - b.reply.index);
  const movedOn = (index: number): boolean => lastReal > index;
  const lastFailure = candidates.at(-1)?.reply.index ?? -1;

  const harmless = new Map<number, Harmless>();
  let first: FirstFailure | null = null;
  for (const candidate of candidates) {
    const exchange = exchanges[candidate.exchange];
    if (!exchange) continue;
    const at = candidate.reply.index;
    // A probe the server does not implement (500, 501, 502, 504), followed by a later failure, did not end the
    // session either: the later failure did (Windows ftp.exe's OPTS UTF8 ON, then a refused login).
    if (probe(exchange) && (movedOn(at) || (at < lastFailure && NOT_IMPLEMENTED.has(candidate.reply.code)))) {
      harmless.set(at, 'probe');
      continue;
    }
    if (fellBack(exchanges, candidate.exchange, commands)) {
      harmless.set(at, 'fallback');
      continue;
    }
    // The log says the client aborted the transfer even though it does not show the ABOR (tnftp).
    const message = messages[at];
    if (
      abortedTransfer(exchanges, candidate.exchange, commands) ||
      (message?.dir === 's' && message.clientAborted && exchange.command && commands.transfers.has(exchange.command))
    ) {
      harmless.set(at, 'aborted');
      continue;
    }
    if (first) continue;
    const entry = catalog.codes.find((c) => c.code === candidate.reply.code);
    first = {
      index: at,
      code: candidate.reply.code,
      advice: adviceFor(candidate, entry, messages, exchanges, catalog),
      plain: plainFor(candidate, entry, messages, exchanges, catalog),
    };
  }
  const error = errors[0];
  if (error && (!first || error.after <= first.index)) first = clientFailure(error, messages, exchanges, catalog);
  return { first, harmless };
}

function plainFor(
  candidate: Candidate,
  entry: DecoderCode | undefined,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): string {
  const code = candidate.reply.code;
  const fallback = entry?.summary ?? (entry ? `${pad3(code)} ${entry.title}.` : `the server answered ${pad3(code)}.`);
  // "The server …" reads on after a colon as "the server …"; "FTP …" stays as it is.
  const lower = /^[A-Z][a-z]/.test(fallback) ? fallback.charAt(0).toLowerCase() + fallback.slice(1) : fallback;
  return plainHint({ messages, exchanges, at: candidate.exchange, code }, catalog.commands, lower);
}

/** True when the client fell back from a refused command to an alternative that worked (PORT 502, then PASV 227). */
function fellBack(exchanges: readonly Exchange[], at: number, commands: NormalCatalog['commands']): boolean {
  const command = exchanges[at]?.command;
  const alternatives = command ? commands.alternatives.get(command) : undefined;
  if (!alternatives) return false;
  for (let j = at + 1; j < exchanges.length; j++) {
    const e = exchanges[j];
    if (e?.command && alternatives.has(e.command) && e.replies.some((r) => Math.floor(r.code / 100) <= 3)) return true;
  }
  return false;
}

/** The exchange a message belongs to (its command or one of its replies), or -1. */
function exchangeOf(exchanges: readonly Exchange[], index: number): number {
  for (let e = exchanges.length - 1; e >= 0; e--) {
    const x = exchanges[e];
    if (x && (x.index === index || x.replies.some((r) => r.index === index))) return e;
  }
  return -1;
}

/** A failure a log line states without a code: advice from the rules for the exchange it interrupted. */
function clientFailure(
  error: ErrorLine,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): FirstFailure {
  const index = Math.max(0, error.after - 1);
  const at = error.after > 0 ? exchangeOf(exchanges, index) : -1;
  const command = exchanges[at]?.command;
  const quoted = quoteArg(error.text);
  const what = command ? `After ${command} the log says ${quoted}, with no reply code.` : `The log says ${quoted}.`;
  const failure = { messages, exchanges, at, code: 0, clientError: true };
  const detail = hint(failure, catalog.commands);
  const plain = plainHint(failure, catalog.commands, `the log says ${quoted} and no reply code came.`);
  return { index, code: null, advice: [what, detail].filter((s) => s !== '').join(' '), plain, error: error.text };
}

function adviceFor(
  candidate: Candidate,
  entry: DecoderCode | undefined,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): string {
  const exchange = exchanges[candidate.exchange];
  const code = candidate.reply.code;
  const title = entry ? ` (${entry.title})` : '';
  const session = messages.some((m) => m.dir === 'c') || exchanges.some((e) => e.kind === 'greeting');
  const what = !session
    ? `${pad3(code)}${title}.`
    : exchange?.kind === 'greeting'
      ? `The server greeted with ${pad3(code)}${title}.`
      : exchange?.kind === 'unsolicited' || !exchange?.command
        ? `The server sent ${pad3(code)}${title} without a command waiting for it.`
        : `${exchange.command}${exchange.argument ? ` ${quoteArg(exchange.argument)}` : ''} got ${pad3(code)}${title}.`;
  let action = entry?.action?.trim() ?? '';
  if (!action) {
    const row = catalog.classes.find((r) => r.digit === Math.floor(code / 100));
    action = row ? `${row.id}: ${row.name}. ${row.summary}` : '';
  }
  const detail = hint({ messages, exchanges, at: candidate.exchange, code }, catalog.commands);
  return [what, detail, action].filter((s) => s !== '').join(' ');
}
