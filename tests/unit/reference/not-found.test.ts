import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePath, notFoundAdvice } from '../../../src/lib/reference/not-found.ts';

const codes = [110, 150, 200, 220, 226, 227, 421, 425, 450, 500, 501, 530, 550, 551, 552, 553, 554, 555, 631, 10054];

describe('notFoundAdvice', () => {
  it.each([
    ['/codes/999/', { kind: 'code', text: '999', reason: 'first-digit', near: [631, 555, 554, 553] }],
    ['/codes/055/', { kind: 'code', text: '055', reason: 'first-digit', near: [110, 150, 200, 220] }],
    ['/codes/570/', { kind: 'code', text: '570', reason: 'second-digit', near: [555, 554, 553, 552] }],
    ['/codes/55/', { kind: 'code', text: '55', reason: 'short', near: [550, 551, 552, 553] }],
    ['/codes/5x0/', { kind: 'code', text: '5x0', reason: 'pattern', near: [500, 530, 550] }],
    ['/codes/5XX/', { kind: 'code', text: '5XX', reason: 'pattern', near: [500, 501, 530, 550] }],
    ['/codes/5500/', { kind: 'code', text: '5500', reason: 'long', near: [550, 551, 552, 553] }],
    ['/codes/228/', { kind: 'code', text: '228', reason: 'no-page', near: [227, 226, 220, 200] }],
    ['/nonsense', { kind: 'other', text: 'nonsense' }],
    ['/reply/550/', { kind: 'page', code: 550 }],
    ['/x/599/550/', { kind: 'page', code: 550 }],
    ['/winsock-10054', { kind: 'page', code: 10054 }],
  ])('%s', (path, expected) => {
    expect(notFoundAdvice(path, codes)).toEqual(expected);
  });

  it('reads valid escapes and keeps malformed ones as they are', () => {
    expect(decodePath('/codes/%35%35%30/')).toBe('/codes/550/');
    expect(decodePath('/a/%E0%A4%A/b%20c')).toBe('/a/%E0%A4%A/b c');
    expect(notFoundAdvice('/%E0%A4%A/%35%35%30/', codes)).toEqual({ kind: 'page', code: 550 });
    expect(notFoundAdvice('/%E0%A4%A/', codes)).toEqual({ kind: 'other', text: '%E0%A4%A' });
  });

  it('never throws, and only suggests codes that have a page', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const advice = notFoundAdvice(`/${s}`, codes);
        if (advice.kind === 'code') for (const n of advice.near) expect(codes).toContain(n);
        if (advice.kind === 'page') expect(codes).toContain(advice.code);
      }),
    );
  });
});
