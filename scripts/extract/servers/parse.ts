/**
 * Pure parsing shared by the server extractors: find the calls that send a reply in a source file, split their
 * arguments, read string literals (C, Python, Go, C++), and turn a format string and its arguments into a message
 * template whose varying parts are named placeholders ("%s" with `strerror(errno)` → "{error}"). No file system: the
 * tests run these functions on small inline snippets.
 */

/** A piece of a string expression: literal text, or an expression whose value is not known here. */
export type Piece = { lit: string } | { expr: string };

export interface Call {
  /** The callee as matched ("vsf_cmdio_write_exit", "respond<530>"). */
  callee: string;
  args: string[];
  /** 1-based line of the call. */
  line: number;
  /** Offset just after the closing parenthesis. */
  end: number;
}

/** 1-based line number of an offset. */
export function lineAt(src: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < src.length; i++) if (src.charCodeAt(i) === 10) n++;
  return n;
}

/** Offset just past the string literal starting at `i` (quote at src[i]), honouring backslash escapes. */
function skipString(src: string, i: number): number {
  const q = src[i] ?? '"';
  const triple = src.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  let j = i + close.length;
  while (j < src.length) {
    if (src[j] === '\\') j += 2;
    else if (src.startsWith(close, j)) return j + close.length;
    else if (!triple && src[j] === '\n' && q !== '`') return j;
    else j++;
  }
  return j;
}

const isQuote = (c: string | undefined) => c === '"' || c === "'" || c === '`';

/** Text from `open` (an opening parenthesis) to its match, exclusive; and the offset after the match. */
export function balanced(src: string, open: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (isQuote(c)) {
      // An apostrophe in C is a character literal, in Python a string: both skip the same way.
      i = skipString(src, i) - 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return { inner: src.slice(open + 1, i), end: i + 1 };
    }
  }
  return null;
}

/** Splits on commas outside strings and brackets; trims each argument. */
export function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (isQuote(c)) i = skipString(inner, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last || out.length) out.push(last);
  return out;
}

/** Every call whose callee matches `callee` (a pattern ending just before the opening parenthesis). */
export function findCalls(src: string, callee: RegExp): Call[] {
  const re = new RegExp(`(${callee.source})\\s*\\(`, 'g');
  const calls: Call[] = [];
  for (const m of src.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    const b = balanced(src, open);
    if (!b) continue;
    calls.push({ callee: m[1] ?? '', args: splitArgs(b.inner), line: lineAt(src, m.index), end: b.end });
  }
  return calls;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '`': '`' };

/** The value of one string literal's body (escapes resolved). */
function unescape(body: string): string {
  return body.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);
}

/**
 * Reads a string expression: adjacent C literals, `+` or `<<` concatenation, Python f-strings, a gettext wrapper
 * `_("…")`. Anything else becomes an expression piece.
 */
export function pieces(expr: string): Piece[] {
  let e = expr.trim();
  const gettext = /^(?:_|N_|gettext|tr)\s*\(/.exec(e);
  if (gettext) {
    const b = balanced(e, gettext[0].length - 1);
    if (b && b.end === e.length) e = b.inner.trim();
  }
  const out: Piece[] = [];
  let i = 0;
  let chunk = '';
  const flush = () => {
    const t = chunk.trim();
    if (t) out.push({ expr: t });
    chunk = '';
  };
  while (i < e.length) {
    const prefix = /^[fFrRbBuU]{0,2}(?=["'`])/.exec(e.slice(i));
    const q = prefix ? i + prefix[0].length : -1;
    if (q >= 0 && isQuote(e[q]) && /(^|[^\w.])$/.test(chunk)) {
      // C puts literals and macros side by side: "(vsFTPd " VSF_VERSION ")".
      flush();
      const end = skipString(e, q);
      const quote = e.startsWith(e[q].repeat(3), q) ? 3 : 1;
      const raw = e.slice(q + quote, end - quote);
      const text = /r/i.test(prefix?.[0] ?? '') || e[q] === '`' ? raw : unescape(raw);
      if (/f/i.test(prefix?.[0] ?? '')) out.push(...fstring(text));
      else out.push({ lit: text });
      i = end;
      continue;
    }
    if (e.startsWith('<<', i) || e[i] === '+') {
      flush();
      i += e.startsWith('<<', i) ? 2 : 1;
      continue;
    }
    if (e[i] === '(' || e[i] === '[') {
      const b = balanced(e, i);
      const end = b ? b.end : e.length;
      chunk += e.slice(i, end);
      i = end;
      continue;
    }
    chunk += e.charAt(i);
    i++;
  }
  flush();
  return out;
}

/** The pieces of a Python f-string's body: "{expr!s:>4}" → an expression piece. */
function fstring(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /\{\{|\}\}|\{([^{}]*)\}/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push({ lit: text.slice(last, m.index) });
    if (m[1] === undefined) out.push({ lit: m[0][0] ?? '' });
    else out.push({ expr: m[1].replace(/(![rsa])?(:[^}]*)?$/, '') });
    last = m.index + m[0].length;
  }
  out.push({ lit: text.slice(last) });
  return out.filter((p) => !('lit' in p) || p.lit !== '');
}

/** A printf-style conversion: C, Python's "%r", Go's "%v", "%q", "%w". */
export const CONVERSION = /%(?:%|[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t|L|q)?([diouxXsScfeEgGprvqw]))/g;

const NAMING: readonly [RegExp, string][] = [
  [/strerror|errno|\berr\b|error|why|reason/i, 'error'],
  [/version/i, 'version'],
  [/banner|greeting|motd/i, 'banner'],
  [/user/i, 'user'],
  [/port/i, 'port'],
  [/addr|\bip\b|host|remote/i, 'address'],
  [/max|limit|count|num|total|nb_/i, 'count'],
  [/size|bytes|len/i, 'size'],
  [/time|secs|seconds|idle|delay|timeout/i, 'seconds'],
  [/cmd|command|verb/i, 'command'],
  [/path|file|dir|name|arg|target|fn\b|where/i, 'path'],
];

/** A readable placeholder name for an expression ("strerror(xerrno)" → "error", "cmd->arg" → "command"). */
export function placeholderName(expr: string): string {
  // ProFTPD's cmd->arg is the command's argument: a path for most file commands.
  if (/\bcmd->arg\b|\bcmd->argv\[1\]/.test(expr)) return 'path';
  if (/\bcmd->argv\[0\]/.test(expr)) return 'command';
  for (const [re, name] of NAMING) if (re.test(expr)) return name;
  const id = /([A-Za-z_][A-Za-z0-9_]*)\W*$/.exec(expr)?.[1];
  const name = (id ?? 'value')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^_+|_+$/g, '');
  return /^[a-z][a-z0-9_]*$/.test(name) ? name.slice(0, 24) : 'value';
}

/** Whether pieces are all literal: their text, or null. */
export function literal(ps: readonly Piece[]): string | null {
  return ps.every((p) => 'lit' in p) ? ps.map((p) => ('lit' in p ? p.lit : '')).join('') : null;
}

/** Braces in a server's own text would read as placeholders; none of the servers send them in a reply we keep. */
const clean = (s: string) => s.replace(/[{}]/g, '');

/**
 * A message template from a format string's pieces and the arguments that fill its conversions. An argument that is
 * itself a literal (`"%s", _("Login incorrect.")`) is inlined; any other becomes a named placeholder.
 */
export function formatTemplate(format: readonly Piece[], args: readonly string[] = []): string {
  let next = 0;
  let out = '';
  for (const p of format) {
    if ('expr' in p) {
      out += `{${placeholderName(p.expr)}}`;
      continue;
    }
    out += clean(p.lit).replace(CONVERSION, (m: string, conv: string | undefined) => {
      if (m === '%%') return '%';
      const arg = args[next++];
      if (arg === undefined) return `{${conv === 's' ? 'value' : 'number'}}`;
      const inline = literal(pieces(arg));
      if (inline !== null) return clean(inline);
      const name = placeholderName(arg);
      return `{${name === 'value' && conv && /[diouxX]/.test(conv) ? 'number' : name}}`;
    });
  }
  return out;
}

/** A template from pieces joined by `sep` (FileZilla Server's `<<` inserts a space), with no conversions. */
export function joinTemplate(ps: readonly Piece[], sep = ''): string {
  return ps.map((p) => ('lit' in p ? clean(p.lit) : `{${placeholderName(p.expr)}}`)).join(sep);
}

/** Normalises what a server sends: one line (continuation lines joined by a space), trimmed. */
export function tidy(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * A text worth keeping: words besides placeholders, or at least two placeholders with literal text between them
 * (ProFTPD's "{path}: {error}", its commonest 550). A lone placeholder says nothing.
 */
export function meaningful(text: string): boolean {
  const rest = text.replace(/\{[a-z0-9_]+\}/g, '');
  return /[A-Za-z]{2}/.test(rest) || ((text.match(/\{[a-z0-9_]+\}/g) ?? []).length >= 2 && /\S/.test(rest));
}

/** A stable id from the code and the text: "530-login-incorrect". */
export function messageId(code: number, text: string): string {
  const words = text
    .replace(/\{([a-z0-9_]+)\}/g, ' $1 ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let id = String(code);
  for (const w of words) {
    if (id.length + w.length + 1 > 56) break;
    id += `-${w}`;
  }
  return id;
}

/** `#define NAME value` lines of a C header: name → value text (continuations joined). */
export function defines(src: string): Map<string, string> {
  const out = new Map<string, string>();
  const joined = src.replace(/\\\r?\n/g, ' ');
  for (const m of joined.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.+)$/gm))
    out.set(m[1] ?? '', (m[2] ?? '').replace(/\/\*.*?\*\//g, '').trim());
  return out;
}

/** Replaces identifiers that name string macros by their literal pieces. */
export function expandMacros(ps: readonly Piece[], macros: ReadonlyMap<string, string>): Piece[] {
  return ps.flatMap((p) => {
    if (!('expr' in p)) return [p];
    const value = macros.get(p.expr);
    if (value === undefined || !/^"/.test(value)) return [p];
    return expandMacros(pieces(value), macros);
  });
}
