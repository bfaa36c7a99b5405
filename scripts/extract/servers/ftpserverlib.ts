/**
 * fclairamb/ftpserverlib (Go): c.writeMessage(StatusName, text), the codes are constants of consts.go, the text a
 * literal, fmt.Sprintf(…) or an error's .Error() whose errors.New("…") sits in the same package.
 */
import { findCalls, formatTemplate, pieces } from './parse.ts';
import type { Extracted, ServerRule } from './types.ts';

export function goReplies(
  file: string,
  src: string,
  codes: ReadonlyMap<string, number>,
  errs: ReadonlyMap<string, string>,
): Extracted[] {
  return findCalls(src, /\.writeMessage/).flatMap((call) => {
    const [codeArg = '', textArg = ''] = call.args;
    const code = codes.get(codeArg) ?? (/^\d{3}$/.test(codeArg) ? Number(codeArg) : undefined);
    if (code === undefined) return [];
    const sprintf = /^fmt\.Sprintf\(/.test(textArg) ? findCalls(textArg, /fmt\.Sprintf/)[0] : undefined;
    const err = /^(\w+)\.Error\(\)$/.exec(textArg)?.[1];
    const text = sprintf
      ? formatTemplate(pieces(sprintf.args[0] ?? ''), sprintf.args.slice(1))
      : err && errs.has(err)
        ? (errs.get(err) ?? '')
        : formatTemplate(pieces(textArg));
    return [{ code, text, file, line: call.line }];
  });
}

export const ftpserverlib: ServerRule = {
  id: 'ftpserverlib',
  repository: 'https://github.com/fclairamb/ftpserverlib',
  mirror: 'fclairamb+ftpserverlib',
  tag: 'v0.32.3',
  files: (paths) => paths.filter((p) => /^[a-z_]+\.go$/.test(p) && !p.endsWith('_test.go')),
  extract(files) {
    const all = [...files.values()].join('\n');
    const codes = new Map([...all.matchAll(/\b(Status\w+)\s*=\s*(\d{3})\b/g)].map((m) => [m[1] ?? '', Number(m[2])]));
    const errs = new Map(
      [...all.matchAll(/\b(err\w+)\s*=\s*errors\.New\("((?:[^"\\]|\\.)*)"\)/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    return [...files].flatMap(([file, src]) => goReplies(file, src, codes, errs));
  },
};
