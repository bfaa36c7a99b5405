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
  /** Characters of literal text: how specific the template is. */
  literal: number;
  /** The literal words, for partial matching. */
  words: readonly string[];
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** A template as a matcher: literals must match (after normalising), each placeholder matches anything. */
export function compileTemplate(text: string): CompiledTemplate {
  const parts = normalise(text).split(/\{[a-z][a-z0-9_]*\}/);
  const literal = parts.join('');
  const body = parts.map(escape).join('.*?');
  return {
    regex: new RegExp(`^${body}$`, 's'),
    literal: literal.replace(/\s/g, '').length,
    words: literal.match(WORD) ?? [],
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

/** Share of the template's literal words found in the line, or 0 when too few of them are there. */
function overlap(words: readonly string[], line: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  const hit = words.filter((w) => line.has(w)).length;
  const share = hit / words.length;
  return hit >= Math.min(2, words.length) && share >= 0.6 ? share : 0;
}

/**
 * The messages that match a pasted line, best first (at most `limit`). When the line has a code, only messages with
 * that code are considered.
 */
export function matchMessages<T extends MessageTemplate>(
  input: string,
  messages: readonly T[],
  limit = 5,
): MessageMatch<T>[] {
  const pasted = parsePasted(input);
  const text = normalise(pasted.text);
  // Shared words are counted over the whole line: the message may sit before the code ("[Error: …] code: 550").
  const words = new Set(normalise(input).match(WORD) ?? []);
  const out: MessageMatch<T>[] = [];
  for (const message of messages) {
    if (pasted.code !== null && message.code !== pasted.code) continue;
    const c = compiled(message);
    if (c.literal > 0 && c.regex.test(text)) {
      out.push({ message, score: 1000 + c.literal, exact: true });
      continue;
    }
    const share = overlap(c.words, words);
    // Among equal shares, the template with more words is the more specific one.
    if (share > 0) out.push({ message, score: Math.round(share * 80) + Math.min(c.words.length, 20), exact: false });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
