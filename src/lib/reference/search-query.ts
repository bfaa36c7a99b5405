/**
 * Decides whether a search is a reply-code number, so it can be answered at once without the full-text index.
 * "550" → that code; "55" → the codes starting 55; words → full-text search, whose results rerank() orders by status.
 */
import { isNumber } from '../classify.ts';
import type { Status } from '../../schemas/common.ts';

export type CodeQuery = { kind: 'code'; code: number } | { kind: 'prefix'; codes: number[] } | { kind: 'words' };

export function matchCodeQuery(term: string, known: readonly number[]): CodeQuery {
  const t = term.trim();
  if (!isNumber(t)) return { kind: 'words' };
  const n = Number(t);
  if (String(n) === t && known.includes(n)) return { kind: 'code', code: n };
  const codes = known.filter((c) => String(c).startsWith(t)).sort((a, b) => a - b);
  return codes.length ? { kind: 'prefix', codes: codes.slice(0, 12) } : { kind: 'words' };
}

/**
 * How much a word search's score counts, by the status of the code a result is about: for the same words a standard
 * code ranks above an extension, and both above historic and non-standard codes ("login incorrect": 530 before 430,
 * "passive mode": 227 before 228). Pages that are not codes count fully. Pagefind saturates term frequency, so lower
 * index weights alone did not do it (historic 423 outranked standard 452 for "insufficient storage").
 */
export const STATUS_FACTOR = {
  standard: 1,
  extension: 0.8,
  nonstandard: 0.5,
  historic: 0.3,
} as const satisfies Record<Status, number>;

/** Results best first after each score is multiplied by its status factor; equal scores keep their order. */
export function rerank<T extends { id: string; score: number }>(
  results: readonly T[],
  statusOf: ReadonlyMap<string, Status>,
): T[] {
  const factor = (r: T) => STATUS_FACTOR[statusOf.get(r.id) ?? 'standard'];
  return results
    .map((r, i) => ({ r, i, s: r.score * factor(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}
