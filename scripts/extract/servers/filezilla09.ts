/**
 * FileZilla Server 0.9 (C++, MFC-style): Send(_T("530 Login or password incorrect!")), str.Format(_T("227 … %d"), …)
 * then Send(str), or a reply assigned first (`CStdStringA str = "421 …"`, `msg = _T("150 … for ")`). The default
 * greeting is built in Options.cpp when the welcome message is empty; its last line is the 220 reply.
 * The official repository has no tags: the rule pins the commit that bumped the version to 0.9.60.
 */
import { findCalls, formatTemplate, joinTemplate, lineAt, pieces, splitArgs } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

const REPLY = /^(\d{3})[ -]/;

/** `args` is the command's argument; what it names depends on the command. */
const ARGS: readonly [RegExp, string][] = [
  [/^Password required/, 'user'],
  [/^Type set/, 'type'],
  [/^Protection level/, 'level'],
  [/^Command /, 'command'],
];

/** `_T("x")` → `"x"` and `%I64d` → `%lld`, on the same lines, so offsets keep their line numbers. */
export function plain(src: string): string {
  return src.replace(/\b_T\(\s*("(?:[^"\\\n]|\\.)*")\s*\)/g, '$1').replace(/%I64d/g, '%lld');
}

/** The reply in a string expression whose first literal starts with a code; null when it does not. */
function reply(expr: string, args: string[] = [], format = false): { code: number; text: string } | null {
  const ps = pieces(expr);
  const first = ps[0];
  if (!first || !('lit' in first)) return null;
  const m = REPLY.exec(first.lit);
  if (!m) return null;
  const lead = first.lit.slice(4);
  const arg = ARGS.find(([re]) => re.test(lead))?.[1];
  const rest = [
    { lit: lead },
    ...ps.slice(1).map((p) => ('expr' in p && p.expr === 'args' && arg ? { expr: arg } : p)),
  ];
  if (arg) args = args.map((a) => (a === 'args' ? arg : a));
  const text = format ? formatTemplate(rest, args) : joinTemplate(rest);
  // A reply built in steps (`msg = "150 Opening data channel for "`, then `msg += …`): the rest is a placeholder.
  return { code: Number(m[1]), text: /\s$/.test(text) ? `${text.trimEnd()} {rest}` : text };
}

export function filezilla09Replies(file: string, source: string): Extracted[] {
  const src = plain(source);
  const out: Extracted[] = [];
  const push = (r: { code: number; text: string } | null, at: number) => {
    if (r) out.push({ ...r, file, line: lineAt(src, at) });
  };
  // SendStatus() (not matched here) writes to the admin log only.
  for (const call of findCalls(src, /\b(?:Prepare)?Send/)) {
    const r = reply(call.args[0] ?? '');
    if (r) out.push({ ...r, file, line: call.line });
  }
  for (const call of findCalls(src, /\.Format/)) {
    const [format = '', ...args] = call.args;
    const r = reply(format, args, true);
    if (r) out.push({ ...r, file, line: call.line });
  }
  for (const m of src.matchAll(/(?:[\w\]]\s*=|char\s*\*\s*\w+\s*=)\s*("\d{3}[ -][^;]*);/g)) {
    // Only the value up to the statement's end; a raw reply ends in "\r\n".
    const expr = (m[1] ?? '').replace(/\\r\\n"$/, '"');
    push(reply(splitArgs(expr)[0] ?? ''), m.index);
  }
  if (file.endsWith('Options.cpp'))
    for (const m of src.matchAll(/"\\r\\n(Please visit [^"]*)"/g)) push({ code: 220, text: m[1] ?? '' }, m.index);
  return out;
}

export const filezilla09: ServerRule = {
  id: 'filezilla-server-0.9',
  repository: 'https://github.com/zedfoxus/filezilla-server',
  mirror: 'zedfoxus+filezilla-server',
  tag: '0.9.60',
  rev: '245106df4657464fee45801f5e42e67f8b5016c4',
  files: (paths) => paths.filter((p) => /^source\/[A-Za-z]+\.cpp$/.test(p)),
  extract: (files) => [...files].flatMap(([file, src]) => filezilla09Replies(file, src)),
};
