/**
 * FileZilla Server 1.x (C++): respond<NNN>() << "text" << value << "text"; each << inserts one space before its
 * operand (the responder class of src/filezilla/ftp/commander.cpp).
 */
import { joinTemplate, lineAt, pieces, splitArgs } from './parse.ts';

/** One operand of the chain; a std::tuple{…} prints its elements with nothing between them. */
function operand(op: string): string {
  const t = op.replace(/\((?:const\s+)?\w+\s*\*?\)/g, '').trim();
  const tuple = /^std::tuple\s*\{([\s\S]*)\}$/.exec(t);
  if (!tuple) return joinTemplate(pieces(t));
  return splitArgs(tuple[1] ?? '')
    .map((el) => joinTemplate(pieces(el)))
    .join('');
}

/** Splits a `<<` chain at the top level (outside strings and brackets). */
export function operands(chain: string): string[] {
  // splitArgs splits on top-level commas; a chain has none, so mark the top-level << as commas first.
  let depth = 0;
  let out = '';
  for (let i = 0; i < chain.length; i++) {
    const c = chain.charAt(i);
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < chain.length && chain.charAt(j) !== c) j += chain.charAt(j) === '\\' ? 2 : 1;
      out += chain.slice(i, j + 1);
      i = j;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (depth === 0 && chain.startsWith('<<', i)) {
      out += '\u0001';
      i++;
      continue;
    }
    out += c;
  }
  return out.split('\u0001');
}
import type { Extracted, ServerRule } from './types.ts';

export function filezillaReplies(file: string, src: string): Extracted[] {
  const out: Extracted[] = [];
  for (const m of src.matchAll(/\brespond<(\d{3})>\([^)]*\)\s*<<([^;]*);/g)) {
    const chain = m[2] ?? '';
    if (/\[&\]|\blambda\b|\bline_ender\b|\bendl\b/.test(chain)) continue;
    const text = operands(chain)
      .map((op) => op.trim())
      .filter(Boolean)
      .map(operand)
      .join(' ');
    out.push({ code: Number(m[1]), text, file, line: lineAt(src, m.index) });
  }
  return out;
}

export const filezilla: ServerRule = {
  id: 'filezilla-server-1',
  repository: 'https://github.com/iynaix/filezilla-server',
  mirror: 'iynaix+filezilla-server',
  tag: 'v1.9.4',
  files: (paths) => paths.filter((p) => /^src\/filezilla\/ftp\/[a-z_]+\.cpp$/.test(p)),
  extract: (files) => [...files].flatMap(([file, src]) => filezillaReplies(file, src)),
};
