/**
 * Decides whether a search is a reply-code number, so it can be answered at once without the full-text index.
 * "550" → that code; "55" → the codes starting 55; words → full-text search.
 */
import { isNumber } from '../classify.ts';

export type CodeQuery = { kind: 'code'; code: number } | { kind: 'prefix'; codes: number[] } | { kind: 'words' };

export function matchCodeQuery(term: string, known: readonly number[]): CodeQuery {
  const t = term.trim();
  if (!isNumber(t)) return { kind: 'words' };
  const n = Number(t);
  if (String(n) === t && known.includes(n)) return { kind: 'code', code: n };
  const codes = known.filter((c) => String(c).startsWith(t)).sort((a, b) => a - b);
  return codes.length ? { kind: 'prefix', codes: codes.slice(0, 12) } : { kind: 'words' };
}
