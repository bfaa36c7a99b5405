/**
 * The decoder's model: the messages of the DESIGN.md contract (one per command, one per complete reply) and the
 * result object, and how a parsed log message becomes a contract message.
 */
import type { DecoderCode, FirstFailure, Harmless } from './advice.ts';
import type { ClientEnding } from './ending.ts';
import { commandVerb, type LogMessage } from './formats/common.ts';
import type { FormatName } from './formats/index.ts';
import { maskLine } from './mask.ts';
import { inRange } from './reply.ts';
import type { Exchange } from './exchange.ts';
import type { Warning } from './warnings.ts';

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
  /** Present on a 4yz/5yz reply that is no failure: a probe the client moved on from, or an aborted transfer's end. */
  harmless?: Harmless;
  /** Present when the reply is a message a known server sends, with its condition and fix (content/servers/). */
  serverMessage?: ServerMessageRef;
}

/** The server a log talks to, and what tells it. */
export interface ServerIdentity {
  /** The product, as content/servers/ names it ("vsftpd", "ProFTPD", "Pure-FTPd"). */
  name: string;
  /** The version the log states ("3.0.3"), or null. */
  version: string | null;
  /** The lines that tell it (at most 3; none when the log's own format tells it). */
  evidence: string[];
  /** What told it: the greeting, the answer to SYST or FEAT, or the format of a server's own log. */
  from: 'greeting' | 'SYST' | 'FEAT' | 'log format';
}

/** A known server message a reply matches: the server entry, the message, when it is sent and the fix. */
export interface ServerMessageRef {
  /** The entry id ("vsftpd-3.0"). */
  server: string;
  id: string;
  when: string | null;
  fix: string | null;
  /** Site-absolute link to the message on its server page ("/servers/vsftpd-3.0/#fx-…"). */
  href: string;
}

/** Names the server of a decoded log and marks its known messages (src/lib/decoder/server.ts, loaded on demand). */
export interface ServerRecogniser {
  recognise(result: DecodeResult): void;
}

export type Message = ClientMessage | ServerMessage;

export interface DecodeResult {
  input: FormatName;
  /** The server the log talks to, when something tells it; null otherwise (also when no server data was given). */
  server: ServerIdentity | null;
  messages: Message[];
  exchanges: Exchange[];
  firstFailure: FirstFailure | null;
  /** Each kind once, with how often it occurred. */
  warnings: Warning[];
  /** The client's own closing line ("curl: (78) …"), explained; present only when the input has one. */
  clientEnding?: ClientEnding;
}

/** The catalogue's codes by number. */
export function codeIndex(codes: readonly DecoderCode[]): Map<number, DecoderCode> {
  const map = new Map<number, DecoderCode>();
  for (const c of codes) map.set(c.code, c);
  return map;
}

/**
 * A reply's lines with secrets masked: the parser's own array (nothing changes it any more) unless a line needs
 * masking. A reply line only holds a secret when a transcript is garbled (a PASS command read inside a reply).
 */
function maskedLines(lines: string[]): string[] {
  for (const line of lines) {
    if (maskLine(line) !== line) return lines.map(maskLine);
  }
  return lines;
}

/**
 * The message as decode() returns it. Codes in the reply range that the catalogue does not know are added to
 * `unknown`.
 */
export function toMessage(message: LogMessage, codes: ReadonlyMap<number, DecoderCode>, unknown: Set<number>): Message {
  if (message.dir === 'c')
    return { dir: 'c', lines: message.lines, multiline: false, command: commandVerb(message.lines[0]) };
  const code = message.code;
  const entry = codes.get(code);
  if (!entry && inRange(code)) unknown.add(code);
  const out: ServerMessage = {
    dir: 's',
    code,
    lines: maskedLines(message.lines),
    multiline: message.multiline,
    class: Math.floor(code / 100),
    category: Math.floor(code / 10) % 10,
    meaning: entry ? entry.title : null,
    known: entry !== undefined,
  };
  if (message.truncated) out.truncated = true;
  return out;
}
