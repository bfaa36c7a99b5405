/**
 * FileZilla Server 1.x (C++): respond<NNN>() << "text" << value << "text"; each << inserts one space before its
 * operand (the responder class of src/filezilla/ftp/commander.cpp).
 */
import { joinTemplate, lineAt, pieces } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

export function filezillaReplies(file: string, src: string): Extracted[] {
  const out: Extracted[] = [];
  for (const m of src.matchAll(/\brespond<(\d{3})>\([^)]*\)\s*<<([^;]*);/g)) {
    const chain = m[2] ?? '';
    if (/\[&\]|\blambda\b|\bline_ender\b|\bendl\b/.test(chain)) continue;
    out.push({ code: Number(m[1]), text: joinTemplate(pieces(`<<${chain}`), ' '), file, line: lineAt(src, m.index) });
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
