/**
 * Library and server debug output that puts a prefix (a time, a logger's name, a session or an address) before a
 * direction mark and the line: Dart's "[date time] > SIZE x", pyftpdlib's "192.168.0.7:38413 ==> 220 ready" and
 * "… -> 220", fineFTP's "FTP >> 220", FileZilla Server 0.9's "(000001)date - user (ip)> 220", Perl Net::FTP's
 * "Net::FTP=GLOB(0x…)<<< 450", node-ftp's "[connection] < '220 …\r\n'" and Ruby Net::FTP's "put: USER x" / "get: 331".
 *
 * What the mark means differs (a server's ">>" is what it sent, a client's ">" what it sent), so the line's content
 * decides: a reply starts with a code, a command with a known verb; anything else after a mark is the program's own
 * message and is skipped. A quoted body ('220 ok\r\n') is unquoted and split into lines. node-ftp prints each reply a
 * second time as parsed ("[parser] < …"): that copy is skipped.
 */
import { replyStart, splitLines } from '../reply.ts';
import { defineFormat, looksLikeCommand, MessageBuilder, PLAUSIBLE_VERB } from './common.ts';

/** A mark after a prefix: ">", ">>", ">>>", "==>", "->" and their mirrors, then a blank. */
const MARK = /(?:^|[\s)\]])(>{1,3}|<{1,3}|==>|<==|->|<-)[ \t]/;
/** Ruby Net::FTP's debug lines. */
const RUBY = /^(put|get): /;
/** How far into a line the mark may be. */
const MAX_PREFIX = 120;
/** A client library's own error for a reply it could not use (Ruby's Net::FTPProtoError). */
const LIBRARY_ERROR = /\((Net::FTP(?:Proto|Conn)Error)\)$|^(?:Net::FTP(?:Proto|Conn)Error): /;

interface Marked {
  mark: string;
  /** Where the mark starts: 0 for a line that starts with it. */
  at: number;
  body: string;
}

function marked(line: string): Marked | null {
  const ruby = RUBY.exec(line);
  if (ruby) return { mark: ruby[1] ?? '', at: 1, body: line.slice(5) };
  const m = MARK.exec(line.length > MAX_PREFIX ? line.slice(0, MAX_PREFIX) : line);
  if (!m) return null;
  const mark = m[1] ?? '';
  const at = m.index + m[0].length - mark.length - 1;
  return { mark, at, body: line.slice(m.index + m[0].length) };
}

/** A JavaScript-style quoted string's text ('220 ok\r\n'), or null when the body is not one. */
function unquote(body: string): string | null {
  const q = body.charAt(0);
  if ((q !== "'" && q !== '"') || body.length < 2 || !body.endsWith(q)) return null;
  return body
    .slice(1, -1)
    .replace(/\\(r|n|t|\\|'|")/g, (_m, c: string) => (c === 'r' ? '\r' : c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

function isReply(body: string): boolean {
  const start = replyStart(body);
  return start !== null && start.separator !== 'other';
}

function unquoted(body: string): string {
  return (unquote(body) ?? body).replace(/\r?\n$/, '').split(/\r?\n/)[0] ?? '';
}

export const prefixed = defineFormat({
  name: 'prefixed',
  label: 'library or server debug log',
  hint: 'Debug output with a prefix before ">"/"<", ">>"/"<<", "==>"/"<==" or "put:"/"get:" (Dart, pyftpdlib, Perl, Ruby, node-ftp, FileZilla Server 0.9).',
  score(sample, known) {
    let n = 0;
    for (const line of sample) {
      const m = marked(line);
      if (!m || m.at === 0) continue;
      const body = unquoted(m.body);
      if (isReply(body) || looksLikeCommand(body, known)) n += 3;
    }
    return n;
  },
  parse(text, warnings, known) {
    const builder = new MessageBuilder(warnings);
    /** The mark the server's lines carry, so a multi-line reply's other lines follow it. */
    let serverMark = '';
    for (const [i, line] of splitLines(text).entries()) {
      const n = i + 1;
      if (LIBRARY_ERROR.test(line)) {
        builder.clientError(line, n);
        continue;
      }
      const m = marked(line);
      if (!m || line.startsWith('[parser]')) continue;
      const quoted = unquote(m.body);
      const bodies = quoted === null ? [m.body] : quoted.replace(/\r?\n$/, '').split(/\r?\n/);
      for (const body of bodies) {
        if (builder.replyOpen && m.mark === serverMark) builder.server(body, n);
        else if (isReply(body)) {
          serverMark = m.mark;
          builder.server(body, n);
        } else if (looksLikeCommand(body, known) || PLAUSIBLE_VERB.test(body)) builder.client(body, n);
      }
    }
    return builder.finish();
  },
});
