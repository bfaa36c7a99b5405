/**
 * Python servers. pyftpdlib: self.respond("NNN text") and respond_w_warning(…), the text built with +, % or an
 * f-string, sometimes held in a local variable assigned just before. Twisted: the RESPONSE table of
 * src/twisted/protocols/ftp.py maps each reply constant to "NNN text", formatted with % when sent.
 */
import { balanced, findCalls, formatTemplate, lineAt, pieces, splitArgs } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

/** Splits a Python expression at a top-level `%` (string formatting): [format, args]. */
function percent(expr: string): [string, string[]] {
  let depth = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === '"' || c === "'") {
      const q = c;
      for (i++; i < expr.length && expr[i] !== q; i++) if (expr[i] === '\\') i++;
    } else if ('([{'.includes(c ?? '')) depth++;
    else if (')]}'.includes(c ?? '')) depth--;
    else if (c === '%' && depth === 0) {
      const rest = expr.slice(i + 1).trim();
      const tuple = rest.startsWith('(') ? balanced(rest, 0) : null;
      return [expr.slice(0, i), tuple && tuple.end === rest.length ? splitArgs(tuple.inner) : [rest]];
    }
  }
  return [expr, []];
}

/** The value assigned to a local name in the lines before `offset` (the nearest `name = …`). */
function assigned(src: string, offset: number, name: string): string | null {
  const before = src.slice(Math.max(0, offset - 1500), offset);
  const re = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*(.+)$`, 'gm');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return null;
  const start = before.length - (before.length - last.index) + last[0].indexOf('=') + 1;
  const rest = before.slice(start).trimStart();
  if (rest.startsWith('(')) return balanced(rest, 0)?.inner ?? null;
  return last[1] ?? null;
}

export function pyftpdlibReplies(file: string, src: string): Extracted[] {
  return findCalls(src, /\.respond(?:_w_warning)?/).flatMap((call) => {
    const offset = src
      .split('\n')
      .slice(0, call.line - 1)
      .join('\n').length;
    // A local name assigned a string just before ("msg = '…'") stands for that string.
    const resolve = (expr: string) => (/^[a-z_]\w*$/.test(expr) ? (assigned(src, offset, expr) ?? expr) : expr);
    const [format, args] = percent(resolve(call.args[0] ?? ''));
    const parts = pieces(format).flatMap((p) => {
      if (!('expr' in p)) return [p];
      const value = resolve(p.expr);
      return value === p.expr ? [p] : pieces(value);
    });
    const text = formatTemplate(parts, args);
    const m = /^(\d{3})[ -](.*)$/s.exec(text);
    return m ? [{ code: Number(m[1]), text: m[2] ?? '', file, line: call.line }] : [];
  });
}

export function twistedReplies(file: string, src: string): Extracted[] {
  const at = src.indexOf('RESPONSE = {');
  const table = at < 0 ? null : balanced(src, src.indexOf('{', at));
  if (!table) return [];
  const base = src.indexOf('{', at) + 1;
  const out: Extracted[] = [];
  for (const m of table.inner.matchAll(/^\s*([A-Z_]+)\s*:\s*((?:\s*[rbuf]?"(?:[^"\\]|\\.)*")+)/gm)) {
    const text = formatTemplate(
      pieces(m[2] ?? '').map((p) => p),
      [],
    );
    const r = /^(\d{3})[ -](.*)$/s.exec(text);
    const key = base + m.index + m[0].indexOf(m[1] ?? '');
    if (r) out.push({ code: Number(r[1]), text: r[2] ?? '', file, line: lineAt(src, key) });
  }
  return out;
}

export const pyftpdlib: ServerRule = {
  id: 'pyftpdlib-2',
  repository: 'https://github.com/giampaolo/pyftpdlib',
  mirror: 'giampaolo+pyftpdlib',
  tag: 'release-2.1.0',
  files: (paths) => paths.filter((p) => /^pyftpdlib\/(handlers|authorizers|servers)\.py$/.test(p)),
  extract: (files) => [...files].flatMap(([file, src]) => pyftpdlibReplies(file, src)),
};

export const twisted: ServerRule = {
  id: 'twisted-24',
  repository: 'https://github.com/twisted/twisted',
  mirror: 'twisted+twisted',
  tag: 'twisted-24.7.0',
  files: (paths) => paths.filter((p) => p === 'src/twisted/protocols/ftp.py'),
  extract: (files) => [...files].flatMap(([file, src]) => twistedReplies(file, src)),
};
