import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/classify.ts';
import { codeFiles } from './content.ts';
import { tables } from './tables.ts';

const codes = codeFiles();
const byCode = new Map(codes.map((c) => [c.data.code, c]));

describe('the code collection', () => {
  it('one file per code, named after it', () => {
    const files = readdirSync(new URL('../../content/codes/', import.meta.url)).sort();
    expect(files).toEqual(codes.map((c) => `${c.data.code}.yaml`).sort());
    for (const file of files)
      expect(readFileSync(new URL(`../../content/codes/${file}`, import.meta.url), 'utf8')).toMatch(
        new RegExp(`^code: ${file.replace('.yaml', '')}$`, 'm'),
      );
  });

  it('covers every code of RFC 959 §4.2.2 and RFC 1123', () => {
    const base = [
      110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350, 421,
      425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553,
    ];
    for (const code of [...base, 554, 555]) expect(byCode.get(code)?.data.status, String(code)).toBe('standard');
  });

  it('covers the extension codes of the later FTP RFCs', () => {
    const ext = [228, 229, 232, 234, 235, 334, 335, 336, 431, 521, 522, 533, 534, 535, 536, 537, 631, 632, 633, 216];
    for (const code of ext) expect(byCode.has(code), String(code)).toBe(true);
  });

  it('labels the codes no RFC defines as non-standard, each with an origin', () => {
    for (const code of [430, 434, 10054, 10060, 10061, 10066, 10068]) {
      const c = byCode.get(code);
      expect(c?.data.status, String(code)).toBe('nonstandard');
      expect(c?.data.origins.length, String(code)).toBeGreaterThan(0);
    }
    for (const code of [10054, 10060, 10061, 10066, 10068]) expect(byCode.get(code)?.data.family).toBe('winsock');
  });

  it('every FTP code is well-formed for the classifier (class and category are computed, never stored)', () => {
    for (const c of codes.filter((x) => x.data.family !== 'winsock')) {
      const r = classify(String(c.data.code), tables);
      expect(r.ok, `${c.data.code}`).toBe(true);
      expect(c.data).not.toHaveProperty('class');
      expect(c.data).not.toHaveProperty('category');
    }
  });

  it('related codes point at codes that have pages, and not at themselves', () => {
    for (const c of codes) {
      for (const r of c.data.related) {
        expect(r.code, c.file).not.toBe(c.data.code);
        expect(byCode.has(r.code), `${c.file} → ${r.code}`).toBe(true);
      }
    }
  });

  it('notes the numbers that RFCs define differently (521, 522) with several meanings', () => {
    for (const code of [521, 522]) {
      const rfcsCited = new Set(byCode.get(code)?.data.meanings.map((m) => m.rfc));
      expect(rfcsCited.size, String(code)).toBeGreaterThan(1);
    }
  });
});
