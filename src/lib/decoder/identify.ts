/**
 * What a pasted log tells about the people and machines in it, besides the passwords the masker removes: host names,
 * addresses, user names and paths. The share panel lists them before a link or a copy leaves the page, and hides the
 * kinds the reader picks, each value replaced by a stand-in that keeps the log readable (the same value, the same
 * stand-in): `host1.example` (RFC 2606), `192.0.2.1` and `2001:db8::1` (RFC 5737, RFC 3849), `user1`, `/path1`.
 *
 * User names and paths are read from the decoded commands (USER's argument; the argument of every command whose data
 * says it touches a file or directory; a 257 reply's quoted name) and from URLs, then hidden wherever they occur.
 * Host names and addresses are found in the text itself. Pure: runs in the browser and in Vitest.
 */
import type { CommandFacts } from './commands.ts';
import type { Message } from './messages.ts';

export const IDENTIFYING_KINDS = ['hosts', 'addresses', 'users', 'paths'] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];
export type Identifying = Record<IdentifyingKind, string[]>;

/** Names that identify nobody: the anonymous login and the root directory. */
const ANONYMOUS = new Set(['anonymous', 'ftp']);
const TRIVIAL_PATHS = new Set(['', '/', '.', '..', '~', '*']);

const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]*\d)/g;
/** PORT and 227 write an address as four numbers and a port as two, comma-separated. */
const HOST_PORT = /(?<![\d,])(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})(?![\d,])/g;
/** IPv6: hex groups with colons; "::" or all eight groups tell it from a time of day ("12:00:00"). */
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;
/** A dotted name whose last label is a top-level domain: two letters (a country), or a generic one below. */
const HOST = /(?<![\w./\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w-]|\.\w)/g;
const GENERIC_TLDS = new Set(
  'com net org info biz edu gov mil int arpa name pro xyz online site tech app dev cloud host local lan home internal corp example test localdomain'.split(
    ' ',
  ),
);
/** Two-letter endings that are file extensions far more often than country domains in a log. */
const FILE_ENDINGS = new Set([
  'gz',
  'js',
  'py',
  'sh',
  'pl',
  'rb',
  'md',
  'cs',
  'ts',
  'db',
  'ps',
  'so',
  'bz',
  'xz',
  'id',
]);
const URL_USER = /[A-Za-z][\w+.-]*:\/\/([^\s:/@]+)(?::[^\s@]*)?@/g;
const QUOTED_NAME = /^257[ -]"((?:[^"]|"")*)"/;

function isAddress6(s: string): boolean {
  return (s.includes('::') || s.split(':').length === 8) && /[0-9A-Fa-f]/.test(s);
}

function isTld(label: string): boolean {
  const l = label.toLowerCase();
  if (label !== l && label !== label.toUpperCase()) return false;
  return l.length === 2 ? !FILE_ENDINGS.has(l) : GENERIC_TLDS.has(l);
}

/** A command's argument(s) that name files: options ("-la") left out. */
function pathArguments(line: string): string[] {
  const arg = line.replace(/^\S+\s*/, '');
  if (arg.startsWith('-')) return arg.split(/\s+/).filter((w) => !w.startsWith('-'));
  return [arg];
}

function add(set: Set<string>, value: string | undefined): void {
  const v = value?.trim();
  if (v && !TRIVIAL_PATHS.has(v)) set.add(v);
}

/**
 * Everything identifying in a text, each kind in order of first appearance. `messages` are the text's decoded
 * messages; `facts` the decoder's command facts (a command with `touches` takes a path).
 */
export function findIdentifying(
  text: string,
  messages: readonly Message[],
  facts: ReadonlyMap<string, CommandFacts>,
): Identifying {
  const users = new Set<string>();
  const paths = new Set<string>();
  for (const m of messages) {
    const line = m.lines[0];
    if (m.dir === 'c') {
      if (m.command === 'USER') add(users, line.slice(5));
      else if (facts.get(m.command)?.touches) for (const p of pathArguments(line)) add(paths, p);
    } else if (m.code === 257) add(paths, QUOTED_NAME.exec(line)?.[1]?.replace(/""/g, '"'));
  }
  for (const m of text.matchAll(URL_USER)) add(users, m[1]);
  for (const u of users) if (ANONYMOUS.has(u.toLowerCase())) users.delete(u);

  const addresses = new Set<string>();
  for (const m of text.matchAll(HOST_PORT)) {
    const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number);
    if (a !== undefined && a <= 255 && (b ?? 0) <= 255 && (c ?? 0) <= 255 && (d ?? 0) <= 255) {
      addresses.add(`${a}.${b}.${c}.${d}`);
    }
  }
  for (const m of text.matchAll(IPV4)) addresses.add(m[0]);
  for (const m of text.matchAll(IPV6)) if (isAddress6(m[0])) addresses.add(m[0]);

  const hosts = new Set<string>();
  for (const m of text.matchAll(HOST)) {
    if (isTld(m[1] ?? '') && ![...paths].some((p) => p.includes(m[0]))) hosts.add(m[0]);
  }
  return { hosts: [...hosts], addresses: [...addresses], users: [...users], paths: [...paths] };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The stand-in for the n-th value (from 1) of a kind. */
function standIn(kind: IdentifyingKind, value: string, n: number): string {
  switch (kind) {
    case 'hosts':
      return `host${n}.example`;
    case 'addresses':
      return value.includes(':') ? `2001:db8::${n}` : `192.0.2.${n}`;
    case 'users':
      return `user${n}`;
    case 'paths':
      return `${value.startsWith('/') ? '/' : ''}path${n}`;
  }
}

/**
 * The text with every value of the chosen kinds replaced by its stand-in (longest values first, so a path is replaced
 * whole before a shorter one inside it; names only where they stand as a word). IPv4 addresses are also replaced
 * where PORT and 227 write them with commas. One pass over the text.
 */
export function hideIdentifying(text: string, found: Identifying, kinds: ReadonlySet<IdentifyingKind>): string {
  const replace = new Map<string, string>();
  for (const kind of IDENTIFYING_KINDS) {
    if (!kinds.has(kind)) continue;
    found[kind].forEach((value, i) => {
      const to = standIn(kind, value, i + 1);
      replace.set(value, to);
      if (kind === 'addresses' && !value.includes(':')) replace.set(value.replace(/\./g, ','), to.replace(/\./g, ','));
    });
  }
  if (replace.size === 0) return text;
  const alternatives = [...replace.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'g');
  return text.replace(pattern, (v) => replace.get(v) ?? v);
}
