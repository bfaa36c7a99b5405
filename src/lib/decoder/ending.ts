/**
 * The client's own closing line: curl's "curl: (78) RETR response: 550", Python ftplib's "ftplib.error_perm: 550 …".
 * Log parsers drop these lines (they carry no FTP message); the decoder finds the last one in the input and explains
 * it from content/client-errors.yaml (the exit code's name in the client's source, and our plain words).
 */
import type { ClientError } from '../../schemas/client-error.ts';
import { maskLine } from './mask.ts';

export interface ClientEnding {
  client: ClientError['client'];
  /** The line as the client printed it (masked), cut to 200 characters. */
  line: string;
  /** curl's exit code ("78") or ftplib's exception ("error_perm"). */
  report: string;
  /** The constant in the client's source (CURLE_REMOTE_FILE_NOT_FOUND), or null when the file does not list it. */
  name: string | null;
  /** What it means, in plain words; null when the file does not list it. */
  plain: string | null;
}

const PATTERNS: readonly { client: ClientError['client']; re: RegExp }[] = [
  { client: 'curl', re: /^curl: \((\d{1,3})\) \S/ },
  { client: 'ftplib', re: /^ftplib\.(error_[a-z]+): / },
];

/** Lines longer than this are no closing line (and are not scanned). */
const MAX_LINE = 2000;

/** The last closing line in the input, explained; null when there is none. */
export function clientEnding(input: string, errors: readonly ClientError[]): ClientEnding | null {
  let found: ClientEnding | null = null;
  let start = 0;
  while (start < input.length) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    // Only lines that start with a closing line's first letters are looked at: logs may have 100 000 lines.
    const first = input.charCodeAt(start);
    if ((first === 99 || first === 102) && end - start < MAX_LINE) {
      const line = input.slice(start, end).trimEnd();
      for (const p of PATTERNS) {
        const m = p.re.exec(line);
        if (!m?.[1]) continue;
        const report = m[1];
        const entry = errors.find((e) => e.client === p.client && e.report === report);
        found = {
          client: p.client,
          line: maskLine(line).slice(0, 200),
          report,
          name: entry?.name ?? null,
          plain: entry?.plain ?? null,
        };
      }
    }
    start = end + 1;
  }
  return found;
}
