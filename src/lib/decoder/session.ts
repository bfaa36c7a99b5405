/**
 * Pairs commands with their replies (RFC 959 §4.2, §5.4, §6).
 *
 * - 1yz is preliminary: the command waits for more (several 1yz may come, e.g. 110 restart markers).
 * - 2yz, 4yz, 5yz end the command (final). 6yz (RFC 2228 protected replies) wrap another reply
 *   that cannot be read here and are taken as final.
 * - 3yz is intermediate: the command is answered, and the server waits for the next command of a
 *   sequence (USER→PASS→ACCT, RNFR→RNTO, REST→RETR/STOR/…, AUTH/ADAT→ADAT).
 * - Replies nobody asked for: the greeting (120/220/421 before the first command), 421 at any
 *   time, late replies (after ABOR, or a second final reply).
 * Commands may be pipelined: replies go to the oldest command still waiting.
 */
import { commandArgument, commandVerb, type LogMessage } from './formats/common.ts';
import { pad3, type WarningList } from './reply.ts';

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
}

/** After this 3yz reply to this command, the server expects one of these commands next. */
const SEQUENCES = new Map<string, readonly string[]>([
  ['USER', ['PASS', 'ACCT']],
  ['PASS', ['ACCT']],
  ['RNFR', ['RNTO']],
  ['REST', ['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']],
  ['AUTH', ['ADAT']],
  ['ADAT', ['ADAT']],
]);

/** Commands that set up the data connection, often sent between REST and the transfer command. */
const SETUP_AFTER_REST = new Set(['PASV', 'EPSV', 'LPSV', 'SPSV', 'PORT', 'EPRT', 'LPRT', 'TYPE', 'MODE', 'STRU', 'PROT', 'PBSZ']);

/** Commands that may get 1yz replies (they open a data transfer or restart the session). */
const MAY_BE_PRELIMINARY = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD', 'REIN', 'SITE', 'ABOR']);

/** Commands that open a data transfer: after ABOR their failure reply is expected. */
const TRANSFERS = new Set(['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'MLSD']);

export function stageOf(code: number): Stage {
  const first = Math.floor(code / 100);
  if (first === 1) return 'preliminary';
  if (first === 3) return 'intermediate';
  return 'final';
}

export interface PairingOptions {
  /**
   * The input is a lone reply or code, not a session: replies get exchanges of their own
   * (kind "unsolicited") without greeting rules or warnings.
   */
  standalone?: boolean;
  /**
   * Optional: whether the catalogue lists this positive reply for this command. Returns undefined
   * when it does not know the command; false makes a warning.
   */
  expected?: (code: number, command: string) => boolean | undefined;
}

/** Adds a reply to an exchange (the first one as an array of one: a push would reserve room for 17). */
function addReply(exchange: Exchange, reply: ExchangeReply): void {
  if (exchange.replies.length) exchange.replies.push(reply);
  else exchange.replies = [reply];
}

/** Builds exchanges from messages, in order of their first message. */
export function pairExchanges(messages: readonly LogMessage[], warnings: WarningList, options: PairingOptions = {}): Exchange[] {
  const exchanges: Exchange[] = [];
  /** Exchanges (by index) waiting for a final reply, oldest first: pending[head] onwards. */
  const pending: number[] = [];
  let head = 0;
  /** After a 3yz: the exchange whose sequence the next command should continue. */
  let awaiting: { exchange: number; code: number; next: readonly string[] } | null = null;
  let sawCommand = false;
  let abortSent = false;

  const label = (e: Exchange): string => (e.command ? e.command : 'the greeting');
  /** Exchanges that already got a preliminary reply (kept aside: scanning replies would be quadratic). */
  const hadPreliminary = new WeakSet<Exchange>();

  let conn = messages[0]?.conn ?? 1;
  /** The connection of the last greeting, so a 120 on one connection never joins a 220 on the next. */
  let greetingConn = -1;

  /** Commands still waiting when the connection (or the log) ends get a warning. */
  const closePending = (why: string): void => {
    for (; head < pending.length; head++) {
      const exchange = exchanges[pending[head] as number] as Exchange;
      const at = `message ${(exchange.index ?? 0) + 1}: ${exchange.command}`;
      warnings.add(
        exchange.replies.length > 0
          ? `${at} got no final reply after ${exchange.replies.map((r) => pad3(r.code)).join(', ')} (${why}).`
          : `${at} got no reply (${why}).`,
      );
    }
    pending.length = head = 0;
    if (awaiting) {
      const e = exchanges[awaiting.exchange] as Exchange;
      warnings.add(`after ${pad3(awaiting.code)} to ${e.command} the server waited for ${awaiting.next.join(' or ')}, but ${why}.`);
      awaiting = null;
    }
  };

  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as LogMessage;
    if (message.conn !== conn) {
      // A new control connection: nothing carries over from the old one.
      closePending('the connection closed');
      conn = message.conn;
      sawCommand = false;
      abortSent = false;
    }
    if (options.standalone && message.dir === 's') {
      const stage = stageOf(message.code);
      exchanges.push({
        kind: 'unsolicited',
        index: null,
        command: null,
        argument: '',
        replies: [{ index: i, code: message.code, stage }],
        complete: stage !== 'preliminary',
      });
      continue;
    }
    if (message.dir === 'c') {
      sawCommand = true;
      const text = message.lines[0];
      const verb = commandVerb(text);
      const exchange: Exchange = {
        kind: 'command',
        index: i,
        command: verb,
        argument: commandArgument(text),
        replies: [],
        complete: false,
      };
      if (awaiting && SETUP_AFTER_REST.has(verb) && (exchanges[awaiting.exchange] as Exchange).command === 'REST') {
        // Clients set up the data connection between REST and the transfer; servers accept it.
      } else if (awaiting) {
        if (awaiting.next.includes(verb)) exchange.continues = awaiting.exchange;
        else if (verb !== 'ABOR' && verb !== 'QUIT' && verb !== 'REIN') {
          const prev = exchanges[awaiting.exchange] as Exchange;
          warnings.add(
            `message ${i + 1}: after ${pad3(awaiting.code)} to ${prev.command} the server expects ${awaiting.next.join(' or ')}, but the client sent ${verb || 'an empty line'}.`,
          );
        }
        awaiting = null;
      } else if (verb === 'PASS' || verb === 'RNTO' || verb === 'ACCT') {
        const before = verb === 'RNTO' ? 'RNFR' : 'USER';
        warnings.add(`message ${i + 1}: ${verb} without a 3yz reply to ${before} (or PASS) just before it.`);
      }
      if (verb === 'ABOR') abortSent = true;
      exchanges.push(exchange);
      pending.push(exchanges.length - 1);
      continue;
    }

    const code = message.code;
    const stage = stageOf(code);
    const reply: ExchangeReply = { index: i, code, stage };
    const first = Math.floor(code / 100);

    // The oldest command still waiting gets the reply.
    const target = pending[head];
    if (target !== undefined) {
      const exchange = exchanges[target] as Exchange;
      addReply(exchange, reply);
      if (stage === 'preliminary') {
        hadPreliminary.add(exchange);
        if (exchange.command && !MAY_BE_PRELIMINARY.has(exchange.command)) {
          warnings.add(`message ${i + 1}: ${pad3(code)} is a preliminary reply, unusual for ${exchange.command}, which opens no transfer.`);
        }
      } else {
        head++;
        exchange.complete = true;
        if (stage === 'intermediate') {
          const next = exchange.command ? SEQUENCES.get(exchange.command) : undefined;
          if (next) awaiting = { exchange: target, code, next };
          else if (exchange.command) {
            warnings.add(`message ${i + 1}: ${pad3(code)} asks for another command, which is unusual after ${exchange.command}.`);
          }
        }
      }
      if (exchange.command && first >= 1 && first <= 3 && options.expected?.(code, exchange.command) === false) {
        warnings.add(`message ${i + 1}: ${pad3(code)} is not among the replies the RFCs list for ${exchange.command}.`);
      }
      continue;
    }

    // Nobody is waiting for this reply.
    const last = exchanges[exchanges.length - 1];
    if (!sawCommand) {
      // The greeting: 120 may precede 220; anything else before the first command is still the server's hello.
      const greeting = last && last.kind === 'greeting' && !last.complete && greetingConn === conn ? last : null;
      if (greeting) {
        addReply(greeting, reply);
        greeting.complete = stage !== 'preliminary';
      } else {
        if (code !== 120 && code !== 220 && code !== 421) {
          warnings.add(`message ${i + 1}: the server greets with ${pad3(code)}; RFC 959 §5.4 expects 120, 220 or 421 on connection.`);
        }
        greetingConn = conn;
        exchanges.push({
          kind: 'greeting',
          index: null,
          command: null,
          argument: '',
          replies: [reply],
          complete: stage !== 'preliminary',
        });
      }
      continue;
    }
    if (code === 421) {
      exchanges.push({ kind: 'unsolicited', index: null, command: null, argument: '', replies: [reply], complete: true });
      continue;
    }
    // A late reply: the 1yz of a command already answered (a 2yz before the 150), a second
    // final reply, or replies that arrive after ABOR. Attach it to the last exchange, with a warning.
    if (last && last.kind !== 'unsolicited') {
      addReply(last, reply);
      const hasPreliminary = hadPreliminary.has(last);
      if (stage === 'preliminary') hadPreliminary.add(last);
      if (stage === 'preliminary' && !hasPreliminary && last.command && TRANSFERS.has(last.command)) {
        warnings.add(`message ${i + 1}: ${pad3(code)} arrived after the final reply to ${label(last)} (the final reply came before the preliminary one).`);
      } else if (abortSent) {
        warnings.add(`message ${i + 1}: late reply ${pad3(code)} after ABOR; counted with ${label(last)}.`);
      } else {
        warnings.add(`message ${i + 1}: ${pad3(code)} arrived when no command was waiting; counted as a late reply to ${label(last)}.`);
      }
      continue;
    }
    warnings.add(`message ${i + 1}: ${pad3(code)} arrived when no command was waiting for a reply.`);
    exchanges.push({ kind: 'unsolicited', index: null, command: null, argument: '', replies: [reply], complete: stage !== 'preliminary' });
  }

  closePending('the log ends or the connection closed');
  return exchanges;
}

/** True when an exchange is a transfer the client aborted (its 426/451 is then expected). */
export function abortedTransfer(exchanges: readonly Exchange[], at: number): boolean {
  const exchange = exchanges[at];
  if (!exchange?.command || !TRANSFERS.has(exchange.command)) return false;
  for (let j = at + 1; j < exchanges.length; j++) {
    const e = exchanges[j] as Exchange;
    if (e.command === 'ABOR') {
      // The ABOR must have been sent before the transfer's final reply.
      const finalReply = exchange.replies.find((r) => r.stage === 'final');
      return e.index !== null && (!finalReply || e.index < finalReply.index);
    }
    if (e.kind === 'command') return false;
  }
  return false;
}
