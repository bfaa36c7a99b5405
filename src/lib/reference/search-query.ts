/**
 * Decides whether a search is a reply-code number, so it can be answered at once without the full-text index.
 * "550" → that code; "55" → the codes starting 55; words → full-text search, whose results rerank() orders by status.
 */
import { isNumber } from '../classify.ts';
import type { Status } from '../../schemas/common.ts';

export type CodeQuery = { kind: 'code'; code: number } | { kind: 'prefix'; codes: number[] } | { kind: 'words' };

export function matchCodeQuery(term: string, known: readonly number[]): CodeQuery {
  const t = term.trim();
  if (!isNumber(t)) return { kind: 'words' };
  const n = Number(t);
  if (String(n) === t && known.includes(n)) return { kind: 'code', code: n };
  const codes = known.filter((c) => String(c).startsWith(t)).sort((a, b) => a - b);
  return codes.length ? { kind: 'prefix', codes: codes.slice(0, 12) } : { kind: 'words' };
}

/**
 * How much a word search's score counts, by the status of the code a result is about: for the same words a standard
 * code ranks above an extension, and both above historic and non-standard codes ("login incorrect": 530 before 430,
 * "passive mode": 227 before 228). Pages that are not codes count fully. Pagefind saturates term frequency, so lower
 * index weights alone did not do it (historic 423 outranked standard 452 for "insufficient storage").
 */
export const STATUS_FACTOR = {
  standard: 1,
  extension: 0.8,
  nonstandard: 0.5,
  historic: 0.3,
} as const satisfies Record<Status, number>;

/** Results best first after each score is multiplied by its status factor; equal scores keep their order. */
export function rerank<T extends { id: string; score: number }>(
  results: readonly T[],
  statusOf: ReadonlyMap<string, Status>,
): T[] {
  const factor = (r: T) => STATUS_FACTOR[statusOf.get(r.id) ?? 'standard'];
  return results
    .map((r, i) => ({ r, i, s: r.score * factor(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}

/** What a search box was given, read as a person's question or a pasted reply, client or log line. */
export interface ReadQuery {
  /** The reply code it names (the first known code standing alone that is not a count or a time), or null. */
  code: number | null;
  /** The words to search the index for: values, log prefixes, punctuation and question words taken out. */
  terms: string[];
}

// Values that vary from one paste to the next, removed before the words are read: times and dates, URLs, e-mail and
// user@host, IPv4 (with a port), IPv6, PASV tuples and EPSV's (|||port|).
const VALUES = [
  /\b\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)?/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\b\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d+)?(?:\s?[AP]M\b)?/gi,
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=\s+\d)/g,
  /\b[a-z][\w+.-]*:\/\/\S*/gi,
  /\S+@\S+/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g,
  /\b[\w-]+(?:\.[\w-]+)+:\d+\b/g,
  /\[?\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?(?::\d+)?/gi,
  /\(?\d{1,3}(?:,\s?\d{1,3}){5}\)?/g,
  /\(\|\|\|\d+\|\)/g,
];

/** What follows a number that is a count, a size or a time rather than a reply code (codes are 100 and up: plurals). */
const UNIT =
  /^\s*(?:ms|s|secs?|seconds?|minutes?|mins?|hours?|days?|bytes?|[kmgt]i?b|files|users|connections|clients|times|tries|attempts|items|entries|lines|kb\/s|%)\b/i;

/** Words that ask rather than describe, and words every page has: left out of the index query. */
const ASKING = new Set(
  `a an the is are was be been to of in on at by for from with and or it its this that these i my me we you your how
  why what when where which who does do did doing mean means meaning get gets getting got fix fixing solve help please
  can could should would ftp reply code codes error message`.split(/\s+/),
);

/** A log prefix or label before the reply: "Response:", "Error:", "<", "-->", "[R]", "*resp*", "S:". */
const LABEL = /^(?:response|command|status|error|trace|warning|info|debug|fatal|listing|resp|cmd|s|c|r|l)$/i;

/**
 * An identifier as a client names it ("ftplib.error_perm", "FtpStatusCode.NotLoggedIn", "CURLE_LOGIN_DENIED",
 * "pasv_address"), which the index holds whole; a host or file name ("ftp.example.org", "a.txt") is not one.
 */
const IDENTIFIER = /^(?=.*(?:_|\.[A-Z]|[a-z][A-Z]))[A-Za-z][\w]*(?:\.[A-Za-z]\w*)*$/;

/**
 * Socket errors as programs print them (errno names, Winsock names, the strerror text of a refused or reset
 * connection) → the Winsock page that explains each (10061, 10054, 10060): Node's "connect ECONNREFUSED", Go's
 * "connect: connection refused", FileZilla's "ECONNREFUSED - Connection refused by server" name no reply code.
 * "Connection timed out" alone is left out: FileZilla prints it for its own inactivity timeout, not the socket's.
 */
export const SOCKET_ERRORS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:WSA)?ECONNREFUSED\b|\bconnection refused\b|\bactively refused\b/i, 10061],
  [/\b(?:WSA)?ECONNRESET\b|\bconnection reset by peer\b|\bforcibly closed by the remote host\b/i, 10054],
  [/\b(?:WSA)?ETIMEDOUT\b/i, 10060],
];

/** The Winsock code a socket error in the input names, or null. */
export function socketErrorCode(input: string): number | null {
  return SOCKET_ERRORS.find(([re]) => re.test(input))?.[1] ?? null;
}

/**
 * Reads a query. The code is the first known code standing alone (at the start, after a log prefix, after "code",
 * in parentheses, or in a question such as "what does 550 mean"), unless a unit follows it ("120 seconds"); the
 * code is otherwise the Winsock page of a socket error it names (socketErrorCode); the
 * terms are the words left once addresses, ports, counts, paths, quotes and punctuation are taken out.
 */
export function readQuery(input: string, known: (code: number) => boolean): ReadQuery {
  let s = input.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"');
  for (const v of VALUES) s = s.replace(v, ' ');
  let code: number | null = null;
  for (const m of s.matchAll(/(?<![\w.,/\\:-])(\d{3,5})(?![\w./\\:]|[,-]\d)/g)) {
    const n = Number(m[1]);
    if (!known(n) || UNIT.test(s.slice(m.index + m[0].length))) continue;
    code = n;
    break;
  }
  if (code === null) {
    const socket = socketErrorCode(s);
    if (socket !== null && known(socket)) code = socket;
  }
  const terms: string[] = [];
  for (const raw of s.split(/\s+/)) {
    // Paths and Windows paths go whole; "PASV/EPSV" and "TLS/SSL" are words, and so is a directory named alone
    // ("etc/", "/lib": "could not create etc/ directory").
    if (/[/\\]/.test(raw) && !/^\W*[A-Z]+(?:\/[A-Z]+)+\W*$/.test(raw) && !/^\/?[a-z]+\/?$/i.test(raw)) continue;
    const token = raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
    if (!token || (LABEL.test(token) && /[:>\]]$/.test(raw))) continue;
    if (IDENTIFIER.test(token)) {
      terms.push(token);
      continue;
    }
    // Host and file names, numbers with or without a unit ("8", "20s", "3.0.3", "0x1f").
    if (/^[\w-]+(?:\.[\w-]+)+$/.test(token) || /^(?:0x[\da-f]+|\d[\d.,]*[a-z]{0,3})$/i.test(token)) continue;
    for (const w of token.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [])
      if (!ASKING.has(w) && !/^\d+$/.test(w) && !terms.includes(w)) terms.push(w);
  }
  return { code, terms };
}

/**
 * The fallback when no page holds every word of a query (Pagefind finds a page only then): the results of a search
 * for each word alone, merged. A page scores the rarity of each word it holds (log(1 + pages / pages with the word)),
 * a little more where that word ranks it high, so the page holding the most distinctive words comes first. A word
 * more than half the pages hold says nothing and is left out, unless every word is like that.
 */
export function mergePartial<T extends { id: string; score: number }>(
  perWord: readonly (readonly T[])[],
  pages: number,
): T[] {
  const telling = perWord.filter((rs) => rs.length > 0 && rs.length <= pages / 2);
  const total = new Map<string, { r: T; s: number }>();
  for (const rs of telling.length ? telling : perWord) {
    const idf = Math.log(1 + pages / rs.length);
    const top = Math.max(...rs.map((r) => r.score)) || 1;
    for (const r of rs) {
      const e = total.get(r.id) ?? { r, s: 0 };
      e.s += idf * (0.75 + (0.25 * r.score) / top);
      total.set(r.id, e);
    }
  }
  return [...total.values()].sort((a, b) => b.s - a.s).map((e) => ({ ...e.r, score: e.s }));
}
