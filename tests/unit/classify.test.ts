import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify } from '../../src/lib/classify.ts';
import { tables } from './tables.ts';

describe('classify: complete codes', () => {
  it.each([
    ['550', 550, '5yz', 'x5z'],
    [550, 550, '5yz', 'x5z'],
    [' 4 2 1 ', 421, '4yz', 'x2z'],
    ['220', 220, '2yz', 'x2z'],
    ['331', 331, '3yz', 'x3z'],
    ['110', 110, '1yz', 'x1z'],
    ['631', 631, '6yz', 'x3z'],
    ['559', 559, '5yz', 'x5z'],
    ['\t200\n', 200, '2yz', 'x0z'],
  ])('%j → %i (%s, %s)', (input, code, cls, cat) => {
    const r = classify(input, tables);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).toBe(code);
    expect(r.complete).toBe(true);
    expect(r.class?.id).toBe(cls);
    expect(r.category?.id).toBe(cat);
    expect(r.digits).toHaveLength(3);
    expect(r.digits[2]?.text).toMatch(/third digit/);
  });
});

describe('classify: partial input and patterns', () => {
  it.each([
    ['5', '5yz', '5yz', null],
    ['55', '55z', '5yz', 'x5z'],
    ['5xx', '5yz', '5yz', null],
    ['x3z', 'x3z', null, 'x3z'],
    ['4yz', '4yz', '4yz', null],
    ['5x0', '5y0', '5yz', null],
  ])('%j → pattern %s', (input, pattern, cls, cat) => {
    const r = classify(input, tables);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pattern).toBe(pattern);
    expect(r.complete).toBe(false);
    expect(r.code).toBeNull();
    expect(r.class?.id ?? null).toBe(cls);
    expect(r.category?.id ?? null).toBe(cat);
  });

  it('says which positions are not typed yet', () => {
    const r = classify('5', tables);
    expect(r.ok && r.digits[1]?.text).toBe('The second digit is not typed yet.');
  });
});

describe('classify: precise errors', () => {
  it.each([
    ['999', 'The first digit must be 1–6; 9 is not defined.', 1],
    ['070', 'The first digit must be 1–6; 0 is not defined.', 1],
    ['570', 'The second digit must be 0–5; 7 is not defined.', 2],
    ['590', 'The second digit must be 0–5; 9 is not defined.', 2],
    ['abc', '"a" is not a digit: the first position of a reply code must be a digit (or x for "any").', 1],
    ['5a0', '"a" is not a digit: the second position of a reply code must be a digit (or x for "any").', 2],
  ])('%j → %s', (input, error, position) => {
    const r = classify(input, tables);
    expect(r).toMatchObject({ ok: false, error, position });
  });

  it.each([
    ['', /^Type a reply code/],
    ['   ', /^Type a reply code/],
    ['10054', /three digits; 10054 has 5/],
    ['5500', /three digits; 5500 has 4/],
    ['550 File unavailable', /three positions/],
    ['x'.repeat(1000), /1000 characters/],
  ])('%j → %s', (input, error) => {
    const r = classify(input, tables);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('shows invisible characters as code points', () => {
    const r = classify('5\u200b0', tables);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('U+200B');
  });

  it('rejects negative and fractional numbers', () => {
    expect(classify(-550, tables).ok).toBe(false);
    expect(classify(55.5, tables).ok).toBe(false);
  });
});

describe('classify: properties', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = classify(s, tables);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('every three-digit string gets a result or an error, and results are consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const s = String(n).padStart(3, '0');
        const r = classify(s, tables);
        const first = Number(s[0]);
        const second = Number(s[1]);
        const valid = first >= 1 && first <= 6 && second <= 5;
        expect(r.ok).toBe(valid);
        if (r.ok) {
          expect(r.code).toBe(n);
          expect(r.class?.digit).toBe(first);
          expect(r.category?.digit).toBe(second);
        } else {
          expect(r.error.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('spaces anywhere do not change the result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 659 }),
        fc.array(fc.constantFrom(' ', '\t'), { maxLength: 4 }),
        (n, ws) => {
          const s = String(n);
          const spaced = ws.join('') + s.split('').join(ws[0] ?? '') + ws.join('');
          const a = classify(s, tables);
          const b = classify(spaced, tables);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(b.code).toBe(a.code);
        },
      ),
    );
  });
});
