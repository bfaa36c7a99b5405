/**
 * Pure-FTPd: replies go through addreply(code, format, args…) and addreply_noformat(code, text); most texts are
 * MSG_* macros of src/messages_en.h (the English build). addreply(0, …) continues the previous reply: skipped.
 */
import { defines, expandMacros, findCalls, formatTemplate, lineAt, pieces } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

export function pureftpdReplies(file: string, src: string, macros: ReadonlyMap<string, string>): Extracted[] {
  // Before a session exists, a reply is written raw: "421 " MSG_MAX_USERS_IP "\r\n", formatted by snprintf.
  const raw = [...src.matchAll(/"(\d{3}) "\s*(MSG_\w+)\s*"\\r\\n"/g)].map((m) => ({
    code: Number(m[1]),
    text: formatTemplate(expandMacros([{ expr: m[2] ?? '' }], macros), ['max_per_ip']),
    file,
    line: lineAt(src, m.index),
  }));
  return [
    ...raw,
    ...findCalls(src, /\baddreply(?:_noformat)?/).flatMap((call) => {
      const [codeArg = '', format = '', ...args] = call.args;
      if (!/^\d{3}$/.test(codeArg)) return [];
      const text = call.callee.endsWith('_noformat')
        ? formatTemplate(
            expandMacros(pieces(format), macros).map((p) => ('lit' in p ? { lit: p.lit.replace(/%/g, '%%') } : p)),
          )
        : formatTemplate(expandMacros(pieces(format), macros), args);
      return [{ code: Number(codeArg), text, file, line: call.line }];
    }),
  ];
}

export const pureftpd: ServerRule = {
  id: 'pure-ftpd-1.0',
  repository: 'https://github.com/jedisct1/pure-ftpd',
  mirror: 'jedisct1+pure-ftpd',
  tag: '1.0.52',
  files: (paths) => paths.filter((p) => /^src\/[a-z_-]+\.c$/.test(p) || p === 'src/messages_en.h'),
  extract(files) {
    const macros = defines(files.get('src/messages_en.h') ?? '');
    return [...files].flatMap(([file, src]) => (file.endsWith('.c') ? pureftpdReplies(file, src, macros) : []));
  },
};
