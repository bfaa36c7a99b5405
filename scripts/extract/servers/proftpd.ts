/**
 * ProFTPD: replies go through pr_response_add(_err)/pr_response_send(_async|_raw)(R_CODE, format, args…); the codes
 * are #defines in include/ftp.h ("R_550"). Texts are wrapped in _() for gettext.
 */
import { defines, findCalls, formatTemplate, pieces } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

export function proftpdReplies(file: string, src: string, codes: ReadonlyMap<string, string>): Extracted[] {
  return findCalls(src, /\bpr_response_(?:add_err|add|send_async|send_raw|send)/).flatMap((call) => {
    const [codeArg = '', format = '', ...args] = call.args;
    const code = Number((codes.get(codeArg) ?? '').replace(/"/g, ''));
    if (!Number.isInteger(code) || code < 100) return [];
    // MaxClients* texts: a local `char *maxstr = "…%m…"` passed through sreplace(pool, maxstr, "%m", n, NULL).
    const local = /^sreplace\([^,]+,\s*(\w+),\s*"%m"/.exec(args[0] ?? '')?.[1];
    if (format === '"%s"' && local) {
      const before = src.split('\n').slice(0, call.line).join('\n');
      const decl = [
        ...before.matchAll(new RegExp(`char\\s*\\*\\s*${local}\\s*=\\s*((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+);`, 'g')),
      ].pop();
      if (decl) {
        const text = formatTemplate(pieces(decl[1] ?? '')).replace('%m', '{count}');
        return [{ code, text, file, line: call.line }];
      }
    }
    return [{ code, text: formatTemplate(pieces(format), args), file, line: call.line }];
  });
}

const rule = (id: string, tag: string): ServerRule => ({
  id,
  repository: 'https://github.com/proftpd/proftpd',
  mirror: 'proftpd+proftpd',
  tag,
  files: (paths) =>
    paths.filter(
      (p) =>
        p === 'include/ftp.h' ||
        /^(src|modules)\/[a-z_]+\.c$/.test(p) ||
        /^contrib\/mod_(tls|ban|quotatab|wrap2|ifsession|sftp_pam|shaper)\.c$/.test(p),
    ),
  extract(files) {
    const codes = new Map([...defines(files.get('include/ftp.h') ?? '')].filter(([n]) => /^R_\d{3}$/.test(n)));
    return [...files].flatMap(([file, src]) => (file.endsWith('.c') ? proftpdReplies(file, src, codes) : []));
  },
});

export const proftpd138 = rule('proftpd-1.3.8', 'v1.3.8d');
export const proftpd139 = rule('proftpd-1.3.9', 'v1.3.9d');
