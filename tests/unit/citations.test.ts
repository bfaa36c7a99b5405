import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { printedMarker, sectionText } from '../../src/lib/reference/rfctext.ts';
import { loadContent } from '../../src/node/content.ts';
import { categories, classes, codeFiles, rfcs as rfcList, rfcText } from './content.ts';

const codes = codeFiles();
const rfcs = rfcList();
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Every citation of a code: its meanings and the sources of its notes. */
const citations = codes.flatMap(({ file, data }) => [
  ...data.meanings.map((m) => ({
    file,
    code: data.code,
    rfc: m.rfc,
    section: m.section,
    quote: m.quote,
    commands: m.commands,
  })),
  ...data.notes.flatMap((n) =>
    n.sources.map((s) => ({
      file,
      code: data.code,
      rfc: s.rfc,
      section: s.section,
      quote: undefined,
      commands: [] as string[],
    })),
  ),
]);

describe('every citation is checked against the RFC text in the repo', () => {
  it('there are citations to check', () => {
    expect(citations.length).toBeGreaterThan(150);
  });

  it('every cited RFC is in rfcs.yaml and its text is in content/rfc/', () => {
    for (const r of rfcs)
      expect(existsSync(new URL(`../../content/rfc/rfc${r.number}.txt`, import.meta.url)), `RFC ${r.number}`).toBe(
        true,
      );
    const known = new Set(rfcs.map((r) => r.id));
    for (const c of citations) expect(known.has(c.rfc), `${c.file}: RFC ${c.rfc}`).toBe(true);
  });

  it('each cited section exists and mentions the code', () => {
    const problems: string[] = [];
    for (const c of citations) {
      const text = sectionText(rfcText(c.rfc), c.section);
      if (text === undefined) problems.push(`${c.file}: RFC ${c.rfc} has no section "${c.section}"`);
      else if (!new RegExp(`(^|\\D)${c.code}(\\D|$)`).test(text))
        problems.push(`${c.file}: RFC ${c.rfc} ${c.section} does not mention ${c.code}`);
    }
    expect(problems).toEqual([]);
  });

  it('quotes are verbatim from the cited section', () => {
    const problems: string[] = [];
    for (const c of citations.filter((x) => x.quote)) {
      const text = collapse(sectionText(rfcText(c.rfc), c.section) ?? '');
      if (!text.includes(collapse(c.quote ?? '')))
        problems.push(`${c.file}: quote not found in RFC ${c.rfc} ${c.section}: ${c.quote}`);
    }
    expect(problems).toEqual([]);
  });

  it('commands tied to a meaning are named in the cited section or the section it belongs to', () => {
    const problems: string[] = [];
    const ancestors = (section: string) => section.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
    for (const c of citations) {
      const full = rfcText(c.rfc);
      const text = ancestors(c.section)
        .map((s) => sectionText(full, s) ?? '')
        .join('\n');
      for (const cmd of c.commands)
        if (!new RegExp(`\\b${cmd}\\b`).test(text)) problems.push(`${c.file}: ${cmd} not in RFC ${c.rfc} ${c.section}`);
    }
    expect(problems).toEqual([]);
  });

  it('every "page N" citation in content/ lands on the page printed as N', () => {
    // Old memos (RFC 542, 640, 691) have an unnumbered cover: counting form feeds gives a page one too high.
    const found: { where: string; rfc: string; page: number }[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        for (const v of value) walk(v, where);
      } else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        const page = typeof record['section'] === 'string' ? /^page (\d+)$/.exec(record['section']) : null;
        const rfc = record['rfc'];
        if (page && (typeof rfc === 'string' || typeof rfc === 'number'))
          found.push({ where, rfc: String(rfc), page: Number(page[1]) });
        for (const v of Object.values(record)) walk(v, where);
      }
    };
    const all = loadContent();
    for (const [kind, entries] of Object.entries(all)) walk(entries, kind);
    expect(found.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const f of found) {
      const page = sectionText(rfcText(f.rfc), `page ${f.page}`);
      const printed = page === undefined ? undefined : printedMarker(page);
      if (page === undefined) problems.push(`${f.where}: RFC ${f.rfc} has no page ${f.page}`);
      else if (printed !== undefined && printed !== f.page)
        problems.push(`${f.where}: RFC ${f.rfc} "page ${f.page}" is printed as page ${printed}`);
    }
    expect(problems).toEqual([]);
  });

  it('classes and categories cite sections that name their digit', () => {
    for (const [file, rows] of [
      ['classes.yaml', classes()],
      ['categories.yaml', categories()],
    ] as const) {
      for (const row of rows) {
        for (const s of row.sources) {
          const text = sectionText(rfcText(s.rfc), s.section) ?? '';
          const pattern = row.id.startsWith('x') ? row.id : `${row.id[0]}(yz|xx)`;
          expect(new RegExp(pattern).test(text), `${file} ${row.id}: RFC ${s.rfc} ${s.section}`).toBe(true);
        }
      }
    }
  });
});
