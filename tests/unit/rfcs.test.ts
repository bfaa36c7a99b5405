import { describe, expect, it } from 'vitest';
import { rfcs, rfcText } from './content.ts';

/**
 * The relations an RFC declares in its own header ("Updates: 959", "Obsoletes RFC: 765 (IEN 149)"). Memos from before
 * the header had these lines (RFC 542 to 775) say nothing there, so for them the header is no evidence either way.
 */
function header(text: string): { modern: boolean; updates: number[]; obsoletes: number[] } {
  const head = text.split('\n').slice(0, 40);
  const list = (label: string) =>
    head
      .map((l) => new RegExp(`^${label}(?: RFCs?)?:\\s*([\\d, ]+)`).exec(l)?.[1] ?? '')
      .flatMap((s) => s.match(/\d+/g) ?? [])
      .map(Number);
  return {
    modern: head.some((l) => /^Request for Comments: *\d+/.test(l)),
    updates: list('Updates'),
    obsoletes: list('Obsoletes'),
  };
}

describe('rfcs.yaml', () => {
  it('reads the relations from RFC headers', () => {
    expect(header(rfcText(959))).toEqual({ modern: true, updates: [], obsoletes: [765] });
    expect(header(rfcText(2228)).updates).toEqual([959]);
    expect(header(rfcText(1639)).obsoletes).toEqual([1545]);
  });

  it('"updates" and "obsoletes" are what each RFC header says (RFC 2389 only says "See Also: 959")', () => {
    const problems: string[] = [];
    for (const r of rfcs()) {
      const h = header(rfcText(r.number));
      if (!h.modern) continue;
      const same = (a: readonly number[], b: readonly number[]) => [...a].sort().join() === [...b].sort().join();
      if (!same(r.updates, h.updates))
        problems.push(`RFC ${r.number} updates [${r.updates.join()}], header [${h.updates.join()}]`);
      if (!same(r.obsoletes, h.obsoletes))
        problems.push(`RFC ${r.number} obsoletes [${r.obsoletes.join()}], header [${h.obsoletes.join()}]`);
    }
    expect(problems).toEqual([]);
  });

  it('an RFC obsoleted by another listed RFC is listed as obsoleted by it, and the other way round', () => {
    const byNumber = new Map(rfcs().map((r) => [r.number, r]));
    const problems: string[] = [];
    for (const r of rfcs())
      for (const o of r.obsoletes) {
        const old = byNumber.get(o);
        if (old && !old.obsoletedBy.includes(r.number)) problems.push(`RFC ${o} should list obsoletedBy ${r.number}`);
      }
    expect(problems).toEqual([]);
  });
});
