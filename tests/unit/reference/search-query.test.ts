import { describe, expect, it } from 'vitest';
import { rerank, STATUS_FACTOR } from '../../../src/lib/reference/search-query.ts';
import type { Status } from '../../../src/schemas/common.ts';

describe('rerank', () => {
  // Pagefind's own scores for these searches before the re-rank (built index, 2026-11): the codes in use came second.
  it('puts standard codes in use above non-standard, extension and historic ones for the same words', () => {
    const status = new Map<string, Status>([
      ['430', 'nonstandard'],
      ['228', 'extension'],
      ['229', 'extension'],
      ['423', 'historic'],
      ['453', 'historic'],
    ]);
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
    expect(
      ids(
        rerank(
          [
            { id: '430', score: 13.61 },
            { id: '530', score: 13.28 },
          ],
          status,
        ),
      ),
    ).toEqual(['530', '430']);
    expect(
      ids(
        rerank(
          [
            { id: '228', score: 49 },
            { id: '227', score: 41.45 },
            { id: '229', score: 40.37 },
            { id: 'rfc1579', score: 17.35 },
          ],
          status,
        ),
      ),
    ).toEqual(['227', '228', '229', 'rfc1579']);
    expect(
      ids(
        rerank(
          [
            { id: '423', score: 58.54 },
            { id: '453', score: 49.07 },
            { id: '452', score: 28.01 },
          ],
          status,
        ),
      ),
    ).toEqual(['452', '423', '453']);
  });

  it('keeps the order of equal scores and of pages that are not codes', () => {
    const rs = [
      { id: 'a', score: 2 },
      { id: 'b', score: 2 },
      { id: 'c', score: 1 },
    ];
    expect(rerank(rs, new Map()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts standard codes fully and orders the other statuses', () => {
    expect(STATUS_FACTOR.standard).toBe(1);
    expect(STATUS_FACTOR.extension).toBeGreaterThan(STATUS_FACTOR.nonstandard);
    expect(STATUS_FACTOR.nonstandard).toBeGreaterThan(STATUS_FACTOR.historic);
  });
});
