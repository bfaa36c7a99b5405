/**
 * Exchanges: a command with its replies (RFC 959 §4.2, §5.4, §6), the server's greeting, or a reply nobody asked for.
 *
 * - 1yz is preliminary: the command waits for more (several 1yz may come, e.g. 110 restart markers).
 * - 2yz, 4yz, 5yz end the command (final). 6yz (RFC 2228 protected replies) wrap another reply
 *   that cannot be read here and are taken as final.
 * - 3yz is intermediate: the command is answered, and the server waits for the next command of a
 *   sequence (USER→PASS→ACCT, RNFR→RNTO, REST→RETR/STOR/…, AUTH/ADAT→ADAT).
 */
import type { RfcSource } from '../../schemas/common.ts';
import type { DecoderCommands } from './commands.ts';

export type Stage = 'preliminary' | 'intermediate' | 'final';

export interface ExchangeReply {
  /** Index of the reply in `messages`. */
  index: number;
  code: number;
  stage: Stage;
}

export interface Exchange {
  /** "command": a command and its replies; "greeting": the server's hello; "unsolicited": a reply nobody asked for. */
  kind: 'command' | 'greeting' | 'unsolicited';
  /** Index of the command in `messages`, or null. */
  index: number | null;
  /** The command verb ("RETR"), or null. */
  command: string | null;
  /** The command's argument with passwords masked ("" when none or no command). */
  argument: string;
  replies: ExchangeReply[];
  /** Index of the exchange this one continues (PASS after USER's 331, RNTO after RNFR's 350). */
  continues?: number;
  /** True when the exchange got the reply that ends it (2yz/4yz/5yz/6yz, or 3yz for a sequence step). */
  complete: boolean;
  /**
   * Replies the RFCs do not allow for the command: information, not an error (servers deviate). Only for commands whose
   * RFC lists every reply; never for 421 (RFC 959 §4.2: a reply to any command) nor a 6yz protected reply (RFC 2228).
   */
  unlisted?: UnlistedReply[];
}

/** A reply outside the set the RFCs list for its command, with that set and the sections that list it. */
export interface UnlistedReply {
  /** Index of the reply in `messages`. */
  index: number;
  code: number;
  allowed: readonly number[];
  sources: readonly RfcSource[];
}

/** "RFC 959 §5.4 lists 200, 500, 501, 421, 530 for PORT; 227 is not among them." */
export function unlistedText(command: string, u: UnlistedReply): string {
  const where = u.sources.map((s) => `RFC ${s.rfc} ${/^\d/.test(s.section) ? '§' : ''}${s.section}`).join(' and ');
  const code = String(u.code).padStart(3, '0');
  return `${where || 'The RFCs'} ${u.sources.length > 1 ? 'list' : 'lists'} ${u.allowed.join(', ')} for ${command}; ${code} is not among them.`;
}

export function stageOf(code: number): Stage {
  const first = Math.floor(code / 100);
  if (first === 1) return 'preliminary';
  if (first === 3) return 'intermediate';
  return 'final';
}

/** An exchange of one reply and no command (the greeting, or a reply nobody asked for). */
export function replyOnly(kind: 'greeting' | 'unsolicited', reply: ExchangeReply): Exchange {
  return { kind, index: null, command: null, argument: '', replies: [reply], complete: reply.stage !== 'preliminary' };
}

/** Adds a reply to an exchange (the first one as an array of one: a push would reserve room for 17). */
export function addReply(exchange: Exchange, reply: ExchangeReply): void {
  if (exchange.replies.length) exchange.replies.push(reply);
  else exchange.replies = [reply];
}

/** True when an exchange is a transfer the client aborted (its 426/451 is then expected). */
export function abortedTransfer(exchanges: readonly Exchange[], at: number, commands: DecoderCommands): boolean {
  const exchange = exchanges[at];
  if (!exchange?.command || !commands.transfers.has(exchange.command)) return false;
  for (let j = at + 1; j < exchanges.length; j++) {
    const e = exchanges[j];
    if (!e) break;
    if (e.command !== null && commands.aborts.has(e.command)) {
      // The ABOR must have been sent before the transfer's final reply.
      const finalReply = exchange.replies.find((r) => r.stage === 'final');
      return e.index !== null && (!finalReply || e.index < finalReply.index);
    }
    if (e.kind === 'command') return false;
  }
  return false;
}
