/**
 * vsftpd: replies go through vsf_cmdio_write*(p_sess, FTP_CODE, "text"); the codes are #defines in ftpcodes.h. A
 * fatal error goes through die()/die2(), which utility.c sends as "500 OOPS: " + the text.
 */
import { defines, expandMacros, findCalls, formatTemplate, joinTemplate, pieces } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

export function vsftpdReplies(file: string, src: string, codes: ReadonlyMap<string, string>): Extracted[] {
  const out: Extracted[] = [];
  const macros = new Map([['VSF_VERSION', 'VSF_VERSION']]);
  for (const call of findCalls(src, /\bvsf_cmdio_write(?:_exit|_raw|_hyphen)?/)) {
    const [, codeArg = '', textArg = ''] = call.args;
    const code = Number(codes.get(codeArg) ?? NaN);
    if (!Number.isInteger(code)) continue;
    out.push({ code, text: joinTemplate(expandMacros(pieces(textArg), macros)), file, line: call.line });
  }
  for (const call of findCalls(src, /\bdie2?/)) {
    if (call.args.length === 0 || /^\s*(const\s+)?char\s*\*/.test(call.args[0] ?? '')) continue;
    const text = call.args.map((a) => formatTemplate(pieces(a))).join('');
    out.push({ code: 500, text: `OOPS: ${text}`, file, line: call.line });
  }
  return out;
}

export const vsftpd: ServerRule = {
  id: 'vsftpd-3.0',
  repository: 'https://github.com/dagwieers/vsftpd',
  mirror: 'dagwieers+vsftpd',
  tag: '3.0.2',
  files: (paths) => paths.filter((p) => /^[a-z0-9_]+\.[ch]$/.test(p)),
  extract(files) {
    const codes = new Map([...defines(files.get('ftpcodes.h') ?? '')].filter(([name]) => name.startsWith('FTP_')));
    return [...files].flatMap(([file, src]) => (file.endsWith('.c') ? vsftpdReplies(file, src, codes) : []));
  },
};
