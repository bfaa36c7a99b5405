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
import type { LogMessage } from './formats/common.ts';
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
}

/** The catalogue with its command knowledge filled in (none when it had none). */
export interface NormalCatalog extends DigitTables {
  codes: readonly DecoderCode[];
  commands: DecoderCommands;
  clientErrors: readonly ClientError[];
}

export function normalizeCatalog(catalog: DecoderCatalog): NormalCatalog {
  return {
    classes: catalog.classes,
    categories: catalog.categories,
    codes: catalog.codes,
    commands: catalog.commands ?? NO_COMMANDS,
    clientErrors: catalog.clientErrors ?? [],
  };
}

export interface FirstFailure {
  /** Index of the failing reply in `messages`. */
  index: number;
  code: number;
  advice: string;
  /** The same in one plain sentence for a person who is not an expert: what failed, why, what to try. */
  plain: string;
}

/** Why a 4yz/5yz reply is no failure: a probe the client moved on from, or the end of a transfer it aborted itself. */
export type Harmless = 'probe' | 'aborted';

function isFailure(code: number): boolean {
  const first = Math.floor(code / 100);
  return first === 4 || first === 5;
}

interface Candidate {
  exchange: number;
  reply: ExchangeReply;
}

/**
 * Finds the first failure that matters: the first 4yz/5yz reply, skipping refusals of probe
 * commands when the client went on with real work (EPSV refused, then PASV), and the expected
 * 426/451 of a transfer the client aborted itself. Returns null when nothing failed.
 */
export function firstFailure(
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): FirstFailure | null {
  return reviewFailures(messages, exchanges, catalog).first;
}

/** The first failure, and every 4yz/5yz reply that is none (by its index in `messages`), with the reason. */
export function reviewFailures(
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): { first: FirstFailure | null; harmless: Map<number, Harmless> } {
  const commands = catalog.commands;
  const probe = (e: Exchange) => e.command !== null && isProbe(commands, e.command, e.argument);
  // Indexed loops: this runs over every exchange of logs with 100 000 lines, often before the engine optimises it.
  const candidates: Candidate[] = [];
  let inOrder = true;
  let last = -1;
  // A probe's refusal matters only when the client stopped there: it does not count once a later
  // real command (not another probe, not QUIT/NOOP/ABOR/REIN) got a reply.
  let lastRealReply = -1;
  for (let e = 0; e < exchanges.length; e++) {
    const exchange = exchanges[e];
    if (!exchange) continue;
    const real = exchange.command !== null && !probe(exchange) && !commands.session.has(exchange.command);
    const replies = exchange.replies;
    for (let r = 0; r < replies.length; r++) {
      const reply = replies[r];
      if (!reply) continue;
      if (real && reply.index > lastRealReply) lastRealReply = reply.index;
      if (!isFailure(reply.code)) continue;
      if (reply.index < last) inOrder = false;
      last = reply.index;
      candidates.push({ exchange: e, reply });
    }
  }
  if (!inOrder) candidates.sort((a, b) => a.reply.index - b.reply.index);
  const movedOn = (index: number): boolean => lastRealReply > index;

  const harmless = new Map<number, Harmless>();
  let first: FirstFailure | null = null;
  for (const candidate of candidates) {
    const exchange = exchanges[candidate.exchange];
    if (!exchange) continue;
    const at = candidate.reply.index;
    if (probe(exchange) && movedOn(at)) {
      harmless.set(at, 'probe');
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
    first ??= {
      index: at,
      code: candidate.reply.code,
      advice: adviceFor(candidate, messages, exchanges, catalog),
      plain: plainFor(candidate, messages, exchanges, catalog),
    };
  }
  return { first, harmless };
}

function plainFor(
  candidate: Candidate,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): string {
  const code = candidate.reply.code;
  const entry = catalog.codes.find((c) => c.code === code);
  const fallback = entry?.summary ?? (entry ? `${pad3(code)} ${entry.title}.` : `the server answered ${pad3(code)}.`);
  // "The server …" reads on after a colon as "the server …"; "FTP …" stays as it is.
  const lower = /^[A-Z][a-z]/.test(fallback) ? fallback.charAt(0).toLowerCase() + fallback.slice(1) : fallback;
  return plainHint({ messages, exchanges, at: candidate.exchange, code }, catalog.commands, lower);
}

function adviceFor(
  candidate: Candidate,
  messages: readonly LogMessage[],
  exchanges: readonly Exchange[],
  catalog: NormalCatalog,
): string {
  const exchange = exchanges[candidate.exchange];
  const code = candidate.reply.code;
  const entry = catalog.codes.find((c) => c.code === code);
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
