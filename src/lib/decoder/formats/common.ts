/**
 * What every log-format parser shares: the message shape it produces, command helpers, and a
 * builder that turns a stream of client and server lines into ordered messages, using the RFC 959
 * reply reader for server lines.
 */
import { maskLine } from '../mask.ts';
import { ReplyReader, type PushResult, type Reply, splitLines, WarningList } from '../reply.ts';

export interface ClientLine {
  dir: 'c';
  /** The command line as the client sent it, with any password masked. */
  lines: [string];
  /** 1-based line of the input. */
  line: number;
  /** Control connection number (1, 2, …) when the log shows reconnects. */
  conn: number;
}

export interface ServerReply extends Reply {
  dir: 's';
  conn: number;
  /** The log says the client aborted the transfer before this reply, without showing the ABOR. */
  clientAborted?: true;
}

export type LogMessage = ClientLine | ServerReply;

/** A line where the client (or a server's log) says something failed without a reply code: a timeout, a refusal. */
export interface ClientError {
  /** The line's text, its log prefix removed. */
  text: string;
  /** 1-based line of the input. */
  line: number;
  /** How many messages came before it: it follows messages[after - 1]. */
  after: number;
}

/** What a format reads from the input: the messages in wire order and the error lines between them. */
export interface Parsed {
  messages: LogMessage[];
  errors: ClientError[];
}

/**
 * A log format: one file in formats/ exports one, and the registry (formats/index.ts) lists it. Everything else that
 * names formats (the FormatName type, detection, the CLI help, the page's list) is derived from the registry.
 */
export interface LogFormat<Name extends string = string> {
  /** The name a user gives to --format and the page's "Read as" list. */
  name: Name;
  /** Human name for messages and the CLI ("curl -v output", "Python ftplib debug output"). */
  label: string;
  /** One line that tells a person how to recognise or produce this input, shown in the CLI help and on the page. */
  hint: string;
  /**
   * How strongly the sample (the first lines of the input, each cut short) looks like this format.
   * 0 means "not this format". Scores of different formats are compared, so keep them per line.
   */
  score(sample: readonly string[], known: ReadonlySet<string>): number;
  /** Its replies are single replies, not a session: a reply without a command is no greeting (a traceback's). */
  lone?: boolean;
  /**
   * Turns the input (lines split as `splitLines` does) into ordered messages. `known`: the command verbs there are
   * files for, for formats that must tell a bare command from other text.
   */
  parse(text: string, warnings: WarningList, known: ReadonlySet<string>): Parsed;
}

/** Declares a format, keeping its name as a literal type (so the registry can derive `FormatName`). */
export function defineFormat<const Name extends string>(format: LogFormat<Name>): LogFormat<Name> {
  return format;
}

/**
 * Spaces, control characters and Telnet IAC bytes that some clients put before ABOR (U+FFFD is
 * what those bytes become when the log was read as UTF-8).
 */
function isLeadJunk(c: number): boolean {
  return c <= 32 || (c >= 0x7f && (c <= 0xff || c === 0xfffd));
}

/** The verb of a command line, upper-cased ("retr x" → "RETR"), skipping Telnet bytes before it. */
export function commandVerb(line: string): string {
  let i = 0;
  while (i < line.length && isLeadJunk(line.charCodeAt(i))) i++;
  let j = i;
  while (j < line.length && j - i < 32) {
    const c = line.charCodeAt(j);
    if (c === 32 || c === 9) break;
    j++;
  }
  return line.slice(i, j).toUpperCase();
}

/** The argument of a command line ("RETR a b.txt" → "a b.txt"), already masked for PASS. */
export function commandArgument(line: string): string {
  const masked = maskLine(line);
  let i = 0;
  while (i < masked.length && isLeadJunk(masked.charCodeAt(i))) i++;
  const space = masked.indexOf(' ', i);
  return space < 0 ? '' : masked.slice(space + 1);
}

/**
 * True when a line looks like a client command of a known verb ("USER x", "pasv"); `known` holds every verb there is a
 * file for in content/commands/ (the decoder's commands projection).
 */
export function looksLikeCommand(line: string, known: ReadonlySet<string>): boolean {
  if (line === '' || line.charCodeAt(0) === 32) return false;
  return known.has(commandVerb(line));
}

/**
 * Builds the message list. Server lines go through one ReplyReader, so a multi-line reply keeps
 * collecting lines across client lines, exactly as RFC 959 reads the control connection; the reply
 * keeps its place at the line where it started.
 */
export class MessageBuilder {
  readonly messages: LogMessage[] = [];
  readonly errors: ClientError[] = [];
  readonly #reader: ReplyReader<ServerReply>;
  readonly #warnings: WarningList;
  #conn = 1;
  #messagesInConn = 0;
  #aborted = false;

  constructor(warnings: WarningList) {
    this.#warnings = warnings;
    this.#reader = new ReplyReader(warnings, (code, text, multiline, line): ServerReply => ({
      code,
      lines: [text],
      multiline,
      truncated: false,
      line,
      dir: 's',
      conn: this.#conn,
    }));
  }

  /** True while a multi-line reply waits for its last line. */
  get replyOpen(): boolean {
    return this.#reader.open !== null;
  }

  client(text: string, line: number): void {
    const open = this.#reader.open;
    if (open) {
      this.#warnings.add(
        'command-inside-multiline',
        `line ${line}: the client sent ${commandVerb(text) || 'a command'} while the ${String(open.code).padStart(3, '0')} multi-line reply from line ${open.line} was still open.`,
      );
    }
    this.#aborted = false;
    this.messages.push({ dir: 'c', lines: [maskLine(text)], line, conn: this.#conn });
    this.#messagesInConn++;
  }

  /**
   * The log says a new control connection starts here (a reconnect). Later messages belong to it;
   * a multi-line reply still open is cut off. Nothing happens before the first message.
   */
  connection(line: number): void {
    if (this.#messagesInConn === 0) return;
    this.#reader.close('boundary', line);
    this.#conn++;
    this.#messagesInConn = 0;
  }

  /**
   * Feeds one server line. A line that neither continues an open reply nor starts one is returned
   * as `other`; the format decides whether that is worth a warning.
   */
  server(text: string, line: number): PushResult {
    const result = this.#reader.push(text, line);
    const message = this.#reader.last;
    if (result === 'start' && message) {
      if (this.#aborted) {
        message.clientAborted = true;
        this.#aborted = false;
      }
      this.messages.push(message);
      this.#messagesInConn++;
    }
    return result;
  }

  /** The log says the client aborted a transfer here without logging an ABOR command. */
  abortNoted(): void {
    this.#aborted = true;
  }

  /** The log says the server's reply is complete here (ftplib's *resp*): close an unfinished one. */
  boundary(line: number): void {
    this.#reader.close('boundary', line);
  }

  /** The log says something failed here without a reply code (the client's error line, a server log's refusal). */
  clientError(text: string, line: number): void {
    this.errors.push({ text: text.trim(), line, after: this.messages.length });
  }

  finish(): Parsed {
    this.#reader.close('end');
    return { messages: this.messages, errors: this.errors };
  }
}

/** An upper-case verb, known or not ("XYZZY arg"): a command a test or a client may send. */
export const COMMAND_LIKE = /^[A-Z]{3,8}(?: |$)/;

/** A word that may be a verb: upper case, or short in any case ("retr x"); "Connected on port …" is none. */
export const PLAUSIBLE_VERB = /^(?:[A-Za-z]{3,4}|[A-Z][A-Z0-9]{2,7})(?: |$)/;

/** What one line of a line-per-message log says: a command, a reply line, an error line, a new session, or nothing. */
export type LineRead = { dir: 'c' | 's' | 'e'; text: string } | { dir: 'new' } | null;

/**
 * A format whose every line stands alone (server logs): `read` tells what a line is. It scores `weight` per line it
 * reads; a reply may be logged as several lines joined with CRLF escapes ("\r\n"), which are
 * split.
 */
export function lineFormat<const Name extends string>(
  spec: Pick<LogFormat<Name>, 'name' | 'label' | 'hint'> & { weight: number; read: (line: string) => LineRead },
): LogFormat<Name> {
  const { name, label, hint, weight, read } = spec;
  return defineFormat({
    name,
    label,
    hint,
    score(sample) {
      return countLines(sample, (l) => read(l) !== null, weight);
    },
    parse(text, warnings) {
      const builder = new MessageBuilder(warnings);
      for (const [i, line] of splitLines(text).entries()) {
        const r = read(line);
        if (r === null) continue;
        if (r.dir === 'new') builder.connection(i + 1);
        else if (r.dir === 'c') builder.client(r.text, i + 1);
        else if (r.dir === 'e') builder.clientError(r.text, i + 1);
        else for (const part of r.text.replace(/\\r\\n$/, '').split('\\r\\n')) builder.server(part, i + 1);
      }
      return builder.finish();
    },
  });
}

/** Counts lines of the sample for which `test` holds, times a weight. */
export function countLines(sample: readonly string[], test: (line: string) => boolean, weight = 1): number {
  let n = 0;
  for (const line of sample) if (test(line)) n += weight;
  return n;
}

/** A line opening a reply in the usual way: "ddd " or "ddd-". */
export function isReplyLine(line: string): boolean {
  if (line.length < 4) return false;
  for (let i = 0; i < 3; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const sep = line.charCodeAt(3);
  return sep === 32 || sep === 45;
}
