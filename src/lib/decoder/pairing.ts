/**
 * Pairs commands with their replies (RFC 959 §4.2, §5.4, §6; exchange.ts tells the stages). Commands may be
 * pipelined: replies go to the oldest command still waiting. Replies nobody asked for: the greeting (120/220/421
 * before the first command), 421 at any time, late replies (after ABOR, or a second final reply). What a command
 * opens, needs or interrupts comes from the commands data (commands.ts); this module names no command.
 */
import { NO_COMMANDS, type DecoderCommands } from './commands.ts';
import { addReply, type Exchange, type ExchangeReply, replyOnly, stageOf } from './exchange.ts';
import { commandArgument, commandVerb, type LogMessage, type ServerReply } from './formats/common.ts';
import { pad3, type WarningList } from './reply.ts';

export { abortedTransfer, stageOf } from './exchange.ts';
export type { Exchange, ExchangeReply, Stage } from './exchange.ts';

export interface PairingOptions {
  /**
   * The input is a lone reply or code, not a session: replies get exchanges of their own
   * (kind "unsolicited") without greeting rules or warnings.
   */
  standalone?: boolean;
  /** What the decoder knows of commands (sequences, transfers, …); without it, replies are paired by stage only. */
  commands?: DecoderCommands;
}

/** After a 3yz: the exchange whose sequence the next command should continue. */
interface Awaiting {
  exchange: number;
  code: number;
  next: readonly string[];
  between: ReadonlySet<string>;
}

/** The state of one pass over the messages; each step below handles one kind of message. */
class Pairing {
  readonly exchanges: Exchange[] = [];
  /** Exchanges (by index) waiting for a final reply, oldest first: pending[head] onwards. */
  readonly #pending: number[] = [];
  #head = 0;
  #awaiting: Awaiting | null = null;
  #sawCommand = false;
  #abortSent = false;
  /** Exchanges that already got a preliminary reply (kept aside: scanning replies would be quadratic). */
  readonly #hadPreliminary = new WeakSet<Exchange>();
  #conn: number;
  /** The connection of the last greeting, so a 120 on one connection never joins a 220 on the next. */
  #greetingConn = -1;

  readonly warnings: WarningList;
  readonly commands: DecoderCommands;

  constructor(warnings: WarningList, commands: DecoderCommands, firstConn: number) {
    this.warnings = warnings;
    this.commands = commands;
    this.#conn = firstConn;
  }

  #exchange(at: number): Exchange {
    const exchange = this.exchanges[at];
    if (!exchange) throw new Error(`no exchange ${at}`);
    return exchange;
  }

  /** A new control connection: nothing carries over from the old one. */
  newConnection(conn: number): void {
    if (conn === this.#conn) return;
    this.closePending('the connection closed');
    this.#conn = conn;
    this.#sawCommand = false;
    this.#abortSent = false;
  }

  /** Commands still waiting when the connection (or the log) ends get a warning. */
  closePending(why: string): void {
    const pending = this.#pending;
    for (; this.#head < pending.length; this.#head++) {
      const exchange = this.#exchange(pending[this.#head] ?? -1);
      const at = `message ${(exchange.index ?? 0) + 1}: ${String(exchange.command)}`;
      this.warnings.add(
        exchange.replies.length > 0 ? 'no-final-reply' : 'no-reply',
        exchange.replies.length > 0
          ? `${at} got no final reply after ${exchange.replies.map((r) => pad3(r.code)).join(', ')} (${why}).`
          : `${at} got no reply (${why}).`,
      );
    }
    pending.length = this.#head = 0;
    const awaiting = this.#awaiting;
    if (awaiting) {
      const e = this.#exchange(awaiting.exchange);
      this.warnings.add(
        'sequence-unfinished',
        `after ${pad3(awaiting.code)} to ${String(e.command)} the server waited for ${awaiting.next.join(' or ')}, but ${why}.`,
      );
      this.#awaiting = null;
    }
  }

  /** A lone reply or code: an exchange of its own. */
  standaloneReply(message: ServerReply, i: number): void {
    this.exchanges.push(replyOnly('unsolicited', { index: i, code: message.code, stage: stageOf(message.code) }));
  }

  /** A command: a new exchange, waiting for its reply; checked against the sequence a 3yz opened. */
  command(line: string, i: number): void {
    this.#sawCommand = true;
    const verb = commandVerb(line);
    const exchange: Exchange = {
      kind: 'command',
      index: i,
      command: verb,
      argument: commandArgument(line),
      replies: [],
      complete: false,
    };
    this.#checkSequence(exchange, verb, i);
    if (this.commands.aborts.has(verb)) this.#abortSent = true;
    this.exchanges.push(exchange);
    this.#pending.push(this.exchanges.length - 1);
  }

  #checkSequence(exchange: Exchange, verb: string, i: number): void {
    const awaiting = this.#awaiting;
    if (awaiting?.between.has(verb)) {
      // Clients set up the data connection between REST and the transfer; servers accept it.
      return;
    }
    if (awaiting) {
      if (awaiting.next.includes(verb)) exchange.continues = awaiting.exchange;
      else if (!this.commands.interrupts.has(verb)) {
        const prev = this.#exchange(awaiting.exchange);
        this.warnings.add(
          'sequence-broken',
          `message ${i + 1}: after ${pad3(awaiting.code)} to ${String(prev.command)} the server expects ${awaiting.next.join(' or ')}, but the client sent ${verb || 'an empty line'}.`,
        );
      }
      this.#awaiting = null;
      return;
    }
    const before = this.commands.precededBy.get(verb);
    if (before)
      this.warnings.add(
        'sequence-missing',
        `message ${i + 1}: ${verb} without a 3yz reply to ${before} (or PASS) just before it.`,
      );
  }

  /** A reply: to the oldest command still waiting, else the greeting, a 421, or a late reply. */
  reply(message: ServerReply, i: number): void {
    const code = message.code;
    const reply: ExchangeReply = { index: i, code, stage: stageOf(code) };
    const target = this.#pending[this.#head];
    if (target !== undefined) this.#answer(target, reply, i);
    else if (!this.#sawCommand) this.#greeting(reply, i);
    else if (code === 421) this.exchanges.push(replyOnly('unsolicited', reply));
    else this.#lateReply(reply, i);
  }

  #answer(target: number, reply: ExchangeReply, i: number): void {
    const exchange = this.#exchange(target);
    const { code, stage } = reply;
    addReply(exchange, reply);
    if (stage === 'preliminary') {
      this.#hadPreliminary.add(exchange);
      if (exchange.command && !this.commands.mayBePreliminary.has(exchange.command)) {
        this.warnings.add(
          'unusual-preliminary',
          `message ${i + 1}: ${pad3(code)} is a preliminary reply, unusual for ${exchange.command}, which opens no transfer.`,
        );
      }
    } else {
      this.#head++;
      exchange.complete = true;
      if (stage === 'intermediate') this.#intermediate(exchange, target, code, i);
    }
    this.#checkAllowed(exchange, reply);
  }

  /**
   * A reply the RFCs do not list for its command is marked on the exchange. Not 421 or 6yz (any command may get them),
   * and not where the pairing itself is unsure: after an ABOR (servers leave out the transfer's or the ABOR's replies,
   * so later replies may sit with the wrong command), or on a transfer's reply that an aborting command's list has
   * (the ABOR a client log does not show, as ftplib's level 1 and tnftp leave it out).
   */
  #checkAllowed(exchange: Exchange, reply: ExchangeReply): void {
    const { code } = reply;
    const command = exchange.command;
    if (!command || code === 421 || Math.floor(code / 100) === 6 || this.#abortSent) return;
    const allowed = this.commands.allowed(command);
    if (!allowed || allowed.codes.includes(code)) return;
    if (this.commands.transfers.has(command)) {
      for (const abort of this.commands.aborts) if (this.commands.allowed(abort)?.codes.includes(code)) return;
    }
    const mark = { index: reply.index, code, allowed: allowed.codes, sources: allowed.sources };
    if (exchange.unlisted) exchange.unlisted.push(mark);
    else exchange.unlisted = [mark];
  }

  /** A 3yz: the server now waits for the next command of the sequence the command opens. */
  #intermediate(exchange: Exchange, target: number, code: number, i: number): void {
    const sequence = exchange.command ? this.commands.sequences.get(exchange.command) : undefined;
    if (sequence) this.#awaiting = { exchange: target, code, next: sequence.next, between: sequence.between };
    else if (exchange.command) {
      this.warnings.add(
        'unusual-intermediate',
        `message ${i + 1}: ${pad3(code)} asks for another command, which is unusual after ${exchange.command}.`,
      );
    }
  }

  /** Before the first command: the greeting; 120 may precede 220, anything else is still the server's hello. */
  #greeting(reply: ExchangeReply, i: number): void {
    const last = this.exchanges[this.exchanges.length - 1];
    const greeting =
      last && last.kind === 'greeting' && !last.complete && this.#greetingConn === this.#conn ? last : null;
    if (greeting) {
      addReply(greeting, reply);
      greeting.complete = reply.stage !== 'preliminary';
      return;
    }
    const code = reply.code;
    if (code !== 120 && code !== 220 && code !== 421) {
      this.warnings.add(
        'unusual-greeting',
        `message ${i + 1}: the server greets with ${pad3(code)}; RFC 959 §5.4 expects 120, 220 or 421 on connection.`,
      );
    }
    this.#greetingConn = this.#conn;
    this.exchanges.push(replyOnly('greeting', reply));
  }

  /**
   * A late reply: the 1yz of a command already answered (a 2yz before the 150), a second final reply, or replies
   * that arrive after ABOR. Attached to the last exchange, with a warning.
   */
  #lateReply(reply: ExchangeReply, i: number): void {
    const last = this.exchanges[this.exchanges.length - 1];
    const code = reply.code;
    if (!last || last.kind === 'unsolicited') {
      this.warnings.add(
        'unsolicited',
        `message ${i + 1}: ${pad3(code)} arrived when no command was waiting for a reply.`,
      );
      this.exchanges.push(replyOnly('unsolicited', reply));
      return;
    }
    addReply(last, reply);
    const hasPreliminary = this.#hadPreliminary.has(last);
    const preliminary = reply.stage === 'preliminary';
    if (preliminary) this.#hadPreliminary.add(last);
    const label = last.command ? last.command : 'the greeting';
    if (preliminary && !hasPreliminary && last.command && this.commands.transfers.has(last.command)) {
      this.warnings.add(
        'late-preliminary',
        `message ${i + 1}: ${pad3(code)} arrived after the final reply to ${label} (the final reply came before the preliminary one).`,
      );
    } else if (this.#abortSent) {
      this.warnings.add(
        'late-after-abort',
        `message ${i + 1}: late reply ${pad3(code)} after ABOR; counted with ${label}.`,
      );
    } else {
      this.warnings.add(
        'late-reply',
        `message ${i + 1}: ${pad3(code)} arrived when no command was waiting; counted as a late reply to ${label}.`,
      );
    }
  }
}

/** Builds exchanges from messages, in order of their first message. */
export function pairExchanges(
  messages: readonly LogMessage[],
  warnings: WarningList,
  options: PairingOptions = {},
): Exchange[] {
  const pairing = new Pairing(warnings, options.commands ?? NO_COMMANDS, messages[0]?.conn ?? 1);
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!message) continue;
    pairing.newConnection(message.conn);
    if (message.dir === 'c') pairing.command(message.lines[0], i);
    else if (options.standalone) pairing.standaloneReply(message, i);
    else pairing.reply(message, i);
  }
  pairing.closePending('the log ends or the connection closed');
  return pairing.exchanges;
}
