/**
 * Python ftplib debug output. Level 1 (`set_debuglevel(1)`): `*cmd* 'USER x'` per command and
 * `*resp* '220-a\n220 b'` per complete reply (lines joined with \n). Level 2 adds `*put* 'USER x\r\n'`
 * and `*get* '220-a\n'` per line; then those are read and the level-1 lines, which repeat them, are
 * ignored. ftplib masks passwords itself (`PASS ******`). Values are Python reprs and are decoded.
 *
 * Limits: ftplib reads the control connection in text mode, so a bare CR inside a line arrives as a
 * line break; `abort()` reads the reply to ABOR without printing `*resp*`, so at level 1 that reply
 * is missing (level 2 shows it as `*get*`).
 */
import { splitLines } from '../reply.ts';
import { countLines, defineFormat, MessageBuilder } from './common.ts';

const TAGS = ['cmd', 'resp', 'put', 'get', 'welcome', 'put urgent'] as const;
type Tag = (typeof TAGS)[number];

function isTag(word: string | undefined): word is Tag {
  return TAGS.some((t) => t === word);
}

const TAG = /^\*(cmd|resp|put|get|welcome|put urgent)\* /;

/**
 * Decodes a Python str or bytes literal as repr() writes it ('…' or "…", optional b prefix).
 * Returns null when the text is not a complete literal.
 */
export function decodePythonRepr(literal: string): string | null {
  let i = 0;
  if (literal[i] === 'b') i++;
  const quote = literal[i];
  if (quote !== "'" && quote !== '"') return null;
  i++;
  let out = '';
  let chunkStart = i;
  while (i < literal.length) {
    const ch = literal[i];
    if (ch === quote) {
      out += literal.slice(chunkStart, i);
      return i === literal.length - 1 ? out : null;
    }
    if (ch !== '\\') {
      i++;
      continue;
    }
    out += literal.slice(chunkStart, i);
    const e = literal[i + 1];
    if (e === undefined) return null;
    i += 2;
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
      case "'":
      case '"':
        out += e;
        break;
      case '\n':
        break;
      case 'x':
      case 'u':
      case 'U': {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = literal.slice(i, i + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) return null;
        const cp = Number.parseInt(hex, 16);
        if (cp > 0x10ffff) return null;
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          let oct = e;
          while (oct.length < 3 && isOctalDigit(literal.charAt(i))) oct += literal.charAt(i++);
          out += String.fromCharCode(Number.parseInt(oct, 8));
        } else {
          out += `\\${e}`;
        }
    }
    chunkStart = i;
  }
  return null;
}

function isOctalDigit(ch: string): boolean {
  return ch !== '' && ch >= '0' && ch <= '7';
}

/** Removes one line end (\r\n, \n or \r) from the end of a value. */
function chompOne(value: string): string {
  if (value.endsWith('\r\n')) return value.slice(0, -2);
  if (value.endsWith('\n') || value.endsWith('\r')) return value.slice(0, -1);
  return value;
}

export const ftplib = defineFormat({
  name: 'ftplib',
  label: 'Python ftplib debug output',
  hint: "Python ftplib with set_debuglevel(1) or (2): *cmd* 'USER anna', *resp* '331 …'.",
  score(sample) {
    return countLines(sample, (l) => TAG.test(l), 3);
  },
  parse(text, warnings) {
    const lines = splitLines(text);
    const builder = new MessageBuilder(warnings);
    const level2 = lines.some((l) => l.startsWith('*get* ') || l.startsWith('*put* '));
    let sawReply = false;
    for (const [i, line] of lines.entries()) {
      const n = i + 1;
      const m = TAG.exec(line.slice(0, 16));
      const tag = m?.[1];
      if (!m || !isTag(tag)) continue;
      const value = decodePythonRepr(line.slice(m[0].length));
      if (value === null) {
        warnings.add(
          'unparsable-value',
          `line ${n}: the ftplib ${tag} value is not a complete Python string; skipped.`,
        );
        continue;
      }
      if (level2) {
        if (tag === 'put' || tag === 'put urgent') builder.client(chompOne(value), n);
        else if (tag === 'get') {
          const text = chompOne(value);
          // A value never holds a line end in the middle; split defensively if one does.
          for (const part of text.split('\n')) builder.server(part, n);
        }
        continue;
      }
      if (tag === 'cmd') builder.client(value, n);
      else if (tag === 'resp' || (tag === 'welcome' && !sawReply)) {
        sawReply = true;
        for (const part of value.split('\n')) {
          if (builder.server(part, n) === 'other') {
            warnings.add('not-a-reply', `line ${n}: ftplib shows a reply line without a three-digit code.`);
          }
        }
        builder.boundary(n);
      }
    }
    return builder.finish();
  },
});
