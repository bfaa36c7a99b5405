/**
 * Finds the known server message behind a line someone pasted: "530 Login incorrect.", "Response: 550 /srv/a.txt: No
 * such file or directory", "421 Too many connections (8) from this IP". A message template's placeholders ("{path}")
 * match whatever the server put there (an address, a count, a path), so the pasted values do not get in the way.
 * Exact matches rank first, the more literal text the better; failing that, the templates sharing most of their
 * words with the line. Pure: the templates are passed in.
 */

export interface MessageTemplate {
  code: number;
  text: string;
}

export interface MessageMatch<T extends MessageTemplate> {
  message: T;
  /** Higher is better: an exact match scores 1000 plus its literal length, a partial one up to 100. */
  score: number;
  exact: boolean;
}

/** A pasted line split into its reply code (when it has one) and the text after it. */
export interface PastedLine {
  code: number | null;
  text: string;
}

/** Lower case, typographic quotes made plain, whitespace collapsed, no trailing dots or spaces. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
}

/**
 * Finds the reply in a pasted line: log prefixes ("Response:", "<--", "S:", "ftplib.error_perm:") are skipped, the
 * first three-digit code followed by a space or hyphen starts the reply.
 */
export function parsePasted(input: string): PastedLine {
  const line = input.trim();
  // Any non-word character may precede the code: a log prefix, a quote, a bracket, or text in another script.
  const m = /(?<![\w.])([1-6]\d{2})(?:[ -]|$)(.*)$/s.exec(line);
  if (!m) return { code: null, text: line };
  // What wraps a quoted line ("…", `…`, […], {…}) is not part of the reply; a closing parenthesis may be.
  return { code: Number(m[1]), text: (m[2] ?? '').trim().replace(/['"`\]}]+$/, '') };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface CompiledTemplate {
  regex: RegExp;
  /** The template at the start of a line that goes on (a server line followed by the reader's own words). */
  prefix: RegExp;
  /** The template anywhere in a line, when it starts with literal text. */
  inside: RegExp | undefined;
  /** Characters of literal text: how specific the template is. */
  literal: number;
  /** The literal words, in order, for partial matching. */
  words: readonly string[];
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** A template as a matcher: literals must match (after normalising), each placeholder matches anything. */
export function compileTemplate(text: string): CompiledTemplate {
  const parts = normalise(text).split(/\{[a-z][a-z0-9_]*\}/);
  const literal = parts.join('');
  const body = parts.map(escape).join('.*?');
  const words = literal.match(WORD) ?? [];
  return {
    regex: new RegExp(`^${body}$`, 's'),
    prefix: new RegExp(`^${body}`, 's'),
    inside: parts[0]?.trim() ? new RegExp(`(?:^|[^a-z0-9])${body}`, 's') : undefined,
    literal: literal.replace(/\s/g, '').length,
    words,
  };
}

const cache = new WeakMap<MessageTemplate, CompiledTemplate>();

function compiled(t: MessageTemplate): CompiledTemplate {
  let c = cache.get(t);
  if (!c) {
    c = compileTemplate(t.text);
    cache.set(t, c);
  }
  return c;
}

/** How rare each word is among the templates (log inverse document frequency), once per list of messages. */
const rarity = new WeakMap<readonly MessageTemplate[], (word: string) => number>();

function weights(messages: readonly MessageTemplate[]): (word: string) => number {
  let w = rarity.get(messages);
  if (!w) {
    const df = new Map<string, number>();
    for (const m of messages) for (const x of new Set(compiled(m).words)) df.set(x, (df.get(x) ?? 0) + 1);
    const n = messages.length;
    w = (word) => Math.log(1 + n / (df.get(word) ?? 0.5));
    rarity.set(messages, w);
  }
  return w;
}

/** The weight of `a`'s words that appear in `b` in the same order (a longest common subsequence, rare words first). */
function common(a: readonly string[], b: readonly string[], w: (word: string) => number): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++)
      row.push(x === b[j] ? (prev[j] ?? 0) + w(x) : Math.max(prev[j + 1] ?? 0, row[j] ?? 0));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const sum = (xs: readonly string[], w: (word: string) => number) => xs.reduce((t, x) => t + w(x), 0);

/**
 * A partial match's score, 0 to 100: the template's words found in the line in order, each counted by how rare it is
 * among all templates ("authentication" more than "with"), and weighed both ways — how much of the template the line
 * holds, how much of the line the template explains, the latter more — so that a fragment ("too many connections") and a line with the
 * reader's own words around it both find their message. 0 when too little is shared.
 */
function overlap(words: readonly string[], line: readonly string[], w: (word: string) => number): number {
  if (words.length === 0 || line.length === 0) return 0;
  const shared = words.filter((x) => line.includes(x)).length;
  if (shared < Math.min(2, words.length)) return 0;
  const hit = common(words, line, w);
  const ofTemplate = hit / sum(words, w);
  const ofLine = hit / sum(line, w);
  if (ofTemplate < 0.5 && ofLine < 0.8) return 0;
  // F2: a word of the line the template lacks costs more than a word of the template the line lacks ("too many
  // connections" is Pure-FTPd's "Too many connections ({count}) from this IP" before ProFTPD's "Too many transfers").
  return Math.round((100 * 5 * ofTemplate * ofLine) / (4 * ofTemplate + ofLine));
}

/** Tiers of a match: the line is the message; the line starts with it; the line holds it; they share words. */
const EXACT = 1000;
const PREFIX = 700;
const INSIDE = 500;

/** The text after the reply code in the line, or the whole line when the code is not written in it. */
function replyText(input: string, code: number | null): string {
  const pasted = parsePasted(input);
  if (code === null || pasted.code === code) return pasted.text;
  const at = new RegExp(`(?<![\\w.])${String(code)}\\W*`).exec(input);
  return at ? input.slice(at.index + at[0].length) : input;
}

/**
 * The messages that match a pasted line, best first (at most `limit`). When the line has a code (or `code` is given,
 * from readQuery), only messages with that code are considered.
 */
export function matchMessages<T extends MessageTemplate>(
  input: string,
  messages: readonly T[],
  limit = 5,
  code: number | null = parsePasted(input).code,
): MessageMatch<T>[] {
  const text = normalise(replyText(input, code));
  // What wraps a quoted line ("…", error_perm('…')>) is not part of the reply; a closing parenthesis may be.
  const unwrapped = text.replace(/['"\])}>]+$/, '').replace(/[.\s]+$/, '');
  const whole = normalise(input);
  // Shared words are counted over the whole line: the message may sit before the code ("[Error: …] code: 550").
  const words = whole.match(WORD) ?? [];
  const w = weights(messages);
  const out: MessageMatch<T>[] = [];
  for (const message of messages) {
    if (code !== null && message.code !== code) continue;
    const c = compiled(message);
    // A template of placeholders and at most one word ("{path}: {error}", "Error: {error}") matches almost any line.
    const specific = c.words.length > 1 || (c.words.length === 1 && !/\{/.test(message.text));
    if (c.literal > 0 && (c.regex.test(text) || c.regex.test(unwrapped))) {
      out.push({ message, score: specific ? EXACT + c.literal : 20 + Math.min(c.literal, 10), exact: specific });
      continue;
    }
    if (c.words.length >= 2 && c.prefix.test(text)) {
      out.push({ message, score: PREFIX + c.literal, exact: false });
      continue;
    }
    if (c.words.length >= 2 && c.inside?.test(whole)) {
      out.push({ message, score: INSIDE + c.literal, exact: false });
      continue;
    }
    const score = overlap(c.words, words, w);
    if (score > 0) out.push({ message, score, exact: false });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** One wording several servers send (vsftpd and FileZilla Server both say "500 Illegal PORT command."). */
export interface MatchGroup<T extends MessageTemplate> {
  code: number;
  score: number;
  exact: boolean;
  messages: T[];
}

/** The matches grouped by wording (code and text, placeholders' names aside), best first, at most `limit` groups. */
export function matchGroups<T extends MessageTemplate>(
  input: string,
  messages: readonly T[],
  limit = 3,
  code?: number | null,
): MatchGroup<T>[] {
  const groups = new Map<string, MatchGroup<T>>();
  for (const m of matchMessages(input, messages, Infinity, code)) {
    const key = `${String(m.message.code)} ${normalise(m.message.text).replace(/\{[a-z0-9_]+\}/g, '{}')}`;
    const g = groups.get(key);
    if (g) g.messages.push(m.message);
    else groups.set(key, { code: m.message.code, score: m.score, exact: m.exact, messages: [m.message] });
  }
  // Among equal scores, the wording more servers send is the likelier one.
  return [...groups.values()]
    .sort((a, b) => b.score - a.score || b.messages.length - a.messages.length)
    .slice(0, limit);
}
