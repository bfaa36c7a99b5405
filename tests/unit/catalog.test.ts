import { describe, expect, it } from 'vitest';
import { buildCatalog, decoderCatalog, digitsOf, findCode, islandCatalog, neighbours } from '../../src/lib/catalog.ts';
import { dataset, datasetTsv } from '../../src/lib/dataset.ts';
import { matchCodeQuery } from '../../src/lib/search-query.ts';
import { citeLabel, citePath } from '../../src/lib/cite.ts';
import { tables } from './tables.ts';

const entry = (code: number, status: 'standard' | 'historic' | 'nonstandard', family: 'ftp' | 'winsock' = 'ftp') => ({
  id: String(code),
  data: {
    code,
    title: `Title ${code}`,
    summary: 'S',
    status,
    family,
    meanings: status === 'nonstandard' ? [] : [{ rfc: { id: '959' }, section: '4.2.1', text: 'T', commands: ['RETR'] }],
    action: 'A',
    related: [],
  },
});
const digit = (id: string, d: number) => ({ id, data: { digit: d, name: id, summary: id } });
const catalog = buildCatalog({
  classes: tables.classes.map((r) => digit(r.id, r.digit)),
  categories: tables.categories.map((r) => digit(r.id, r.digit)),
  codes: [entry(550, 'standard'), entry(226, 'standard'), entry(10054, 'nonstandard', 'winsock'), entry(151, 'historic')],
});

describe('catalog', () => {
  it('sorts codes and converts RFC references to numbers', () => {
    expect(catalog.codes.map((c) => c.code)).toEqual([151, 226, 550, 10054]);
    expect(findCode(catalog, 550)?.meanings[0]).toEqual({ rfc: 959, section: '4.2.1', text: 'T', commands: ['RETR'] });
  });

  it('computes class and category with the classifier', () => {
    expect(digitsOf(550, catalog)).toMatchObject({ class: { id: '5yz' }, category: { id: 'x5z' } });
    expect(digitsOf(10054, catalog)).toEqual({ class: null, category: null });
  });

  it('neighbours skip Winsock numbers', () => {
    expect(neighbours(catalog, 550).prev?.code).toBe(226);
    expect(neighbours(catalog, 550).next).toBeUndefined();
  });

  it('the island catalogues carry only what the browser needs', () => {
    expect(islandCatalog(catalog).codes).toContainEqual([550, 'Title 550', 'standard']);
    const d = decoderCatalog(catalog);
    expect(d.codes.find((c) => c.code === 151)).toEqual({ code: 151, title: 'Title 151' });
    expect(d.codes.find((c) => c.code === 550)).toMatchObject({ action: 'A', meanings: [{ commands: ['RETR'] }] });
  });

  it('the dataset and its TSV', () => {
    const data = dataset(catalog, 'https://example.org/ftp/');
    expect(data.codes.find((c) => c.code === 550)).toMatchObject({ class: '5yz', category: 'x5z', url: 'https://example.org/ftp/codes/550/' });
    const tsv = datasetTsv(data).trim().split('\n');
    expect(tsv).toHaveLength(5);
    expect(tsv[1]?.split('\t')).toEqual(['151', 'Title 151', 'historic', 'ftp', '1yz', 'x5z', 'RFC 959 4.2.1', 'https://example.org/ftp/codes/151/']);
  });
});

describe('search query and citations', () => {
  it.each([
    ['550', { kind: 'code', code: 550 }],
    [' 226 ', { kind: 'code', code: 226 }],
    ['55', { kind: 'prefix', codes: [550] }],
    ['999', { kind: 'words' }],
    ['passive mode', { kind: 'words' }],
    ['10054', { kind: 'code', code: 10054 }],
  ])('%j → %j', (term, expected) => {
    expect(matchCodeQuery(term, catalog.codes.map((c) => c.code))).toEqual(expected);
  });

  it('labels and links', () => {
    expect(citeLabel(959, '4.2.1')).toBe('RFC 959 §4.2.1');
    expect(citeLabel(640, 'page 8')).toBe('RFC 640, page 8');
    expect(citePath(959, 'Appendix II')).toBe('rfcs/959/#appendix-ii');
  });
});
