import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CODE_PAGE_SECTIONS } from '../../src/lib/reference/code-page.ts';
import { classify } from '../../src/lib/classify.ts';
import { codeFiles } from '../unit/content.ts';
import { tables } from '../unit/tables.ts';
import { DIST, BASE } from './site.ts';

const codes = codeFiles();
const page = (code: number) => readFileSync(`${DIST}/codes/${code}/index.html`, 'utf8');

describe('code pages', () => {
  it('every code in the collection has a page', () => {
    for (const c of codes)
      expect(existsSync(`${DIST}/codes/${c.data.code}/index.html`), String(c.data.code)).toBe(true);
  });

  it('every code page has the sections in the fixed order', () => {
    const order: string[] = CODE_PAGE_SECTIONS.map((s) => s.id);
    const required: string[] = CODE_PAGE_SECTIONS.filter((s) => !('optional' in s)).map((s) => s.id);
    for (const c of codes) {
      const ids = [...page(c.data.code).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] ?? '');
      // Every required section, the optional ones where present, nothing else, in the fixed order.
      expect(
        ids.filter((id) => required.includes(id)),
        String(c.data.code),
      ).toEqual(required);
      expect(
        ids.map((id) => order.indexOf(id)),
        String(c.data.code),
      ).toEqual(ids.map((id) => order.indexOf(id)).sort((a, b) => a - b));
      expect(
        ids.every((id) => order.includes(id)),
        String(c.data.code),
      ).toBe(true);
    }
  });

  it('links to its class, category, RFC pages and neighbours', () => {
    const ftp = codes
      .filter((c) => c.data.family !== 'winsock')
      .map((c) => c.data.code)
      .sort((a, b) => a - b);
    for (const c of codes.filter((x) => x.data.family !== 'winsock')) {
      const html = page(c.data.code);
      const r = classify(String(c.data.code), tables);
      if (!r.ok) throw new Error(r.error);
      expect(html).toContain(`href="${BASE}classes/${r.class?.id}/"`);
      expect(html).toContain(`href="${BASE}categories/${r.category?.id}/"`);
      for (const m of c.data.meanings) expect(html).toContain(`href="${BASE}rfcs/${m.rfc}/#`);
      const i = ftp.indexOf(c.data.code);
      if (i > 0) expect(html).toContain(`href="${BASE}codes/${ftp[i - 1]}/" rel="prev"`);
      if (i < ftp.length - 1) expect(html).toContain(`href="${BASE}codes/${ftp[i + 1]}/" rel="next"`);
      // The page is the explanation; the only form is the header's search (no box that sends typed text onwards).
      expect(html.match(/<form\b/g)?.length, 'forms').toBe(1);
    }
  });

  it('non-standard codes say plainly that no RFC defines them', () => {
    for (const c of codes.filter((x) => x.data.status === 'nonstandard'))
      expect(page(c.data.code)).toMatch(/No RFC defines this/);
  });
});

describe('the dataset', () => {
  const json = JSON.parse(readFileSync(`${DIST}/data/codes.json`, 'utf8')) as {
    codes: {
      code: number;
      title: string;
      status: string;
      class: string | null;
      category: string | null;
      meanings: { rfc: number; section: string; text: string }[];
    }[];
  };
  const schema = JSON.parse(readFileSync(`${DIST}/data/codes.schema.json`, 'utf8')) as {
    properties: { codes: { items: { required: string[] } } };
  };

  it('equals the collection', () => {
    expect(json.codes.map((c) => c.code)).toEqual(codes.map((c) => c.data.code).sort((a, b) => a - b));
    for (const c of codes) {
      const row = json.codes.find((x) => x.code === c.data.code);
      expect(row?.title).toBe(c.data.title);
      expect(row?.status).toBe(c.data.status);
      expect(row?.meanings).toEqual(
        c.data.meanings.map((m) => ({ rfc: Number(m.rfc), section: m.section, text: m.text })),
      );
      const r = classify(String(c.data.code), tables);
      expect(row?.class).toBe(c.data.family === 'winsock' || !r.ok ? null : r.class?.id);
      expect(row?.category).toBe(c.data.family === 'winsock' || !r.ok ? null : r.category?.id);
    }
  });

  it('every row has the fields the schema requires', () => {
    const required = schema.properties.codes.items.required;
    for (const row of json.codes) for (const k of required) expect(row, `${row.code}.${k}`).toHaveProperty(k);
  });

  it('the TSV has one row per code', () => {
    const lines = readFileSync(`${DIST}/data/codes.tsv`, 'utf8').trim().split('\n');
    expect(lines[0]?.split('\t')[0]).toBe('code');
    expect(lines.length - 1).toBe(codes.length);
    for (const line of lines.slice(1)) expect(line.split('\t')).toHaveLength(8);
  });
});
