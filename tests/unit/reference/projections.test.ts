/** The projections of the read model: page views, the dataset and its JSON Schema, the browser payload, search queries. */
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../scripts/load-catalog.ts';
import { buildDataset, dataset, datasetJsonSchema, datasetTsv } from '../../../src/lib/reference/dataset.ts';
import { browserActions, browserPayload, decoderCatalog, payloadJson } from '../../../src/lib/reference/payload.ts';
import { decode } from '../../../src/lib/decoder/decode.ts';
import {
  categoryView,
  classView,
  codesView,
  codeView,
  homeView,
  rfcView,
  sourcesByRfc,
} from '../../../src/lib/reference/views.ts';
import { matchCodeQuery } from '../../../src/lib/reference/search-query.ts';
import { citeLabel, citePath } from '../../../src/lib/reference/cite.ts';
import { isNumber, isOtherNumber } from '../../../src/lib/classify.ts';

const ref = loadReference();
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`not in the reference: ${what}`);
  return value;
}
const code = (n: number) => found(ref.code(n), String(n));

describe('page views', () => {
  it('a code page: heading, filters, neighbours that skip Winsock numbers, sources grouped per RFC', () => {
    const v = codeView(ref, code(550));
    expect(v.meta).toMatchObject({
      path: 'codes/550/',
      heading: '550 File unavailable',
      title: '550 File unavailable: FTP reply code',
    });
    expect(v.prev?.code).toBe(537);
    expect(v.next?.code).toBe(551);
    expect(codeView(ref, code(633)).next).toBeUndefined();
    expect(sourcesByRfc(code(550)).map((s) => s.rfc)).toEqual(['959', '3659', '640', '765', '542', '691', '775']);
    expect(sourcesByRfc(code(550))[0]?.sections).toEqual(['4.2.1', '5.4']);
  });

  it('class and category pages list their codes, historic ones apart', () => {
    const five = classView(ref, found(ref.classes[4], '5yz'));
    expect(five.row.id).toBe('5yz');
    expect(five.codes.current.every((c) => c.class?.id === '5yz' && c.status !== 'historic')).toBe(true);
    expect(five.codes.historic.every((c) => c.status === 'historic')).toBe(true);
    expect(five.others.map((o) => o.id)).not.toContain('5yz');
    const x5z = categoryView(ref, found(ref.categories[5], 'x5z'));
    expect(x5z.examples.find((e) => e.code === 550)?.entry?.title).toBe('File unavailable');
  });

  it('the codes list counts every status and the home page lists known common codes', () => {
    const v = codesView(ref);
    expect(v.counts.reduce((n, c) => n + c.count, 0)).toBe(ref.codes.length);
    expect(v.rfcs).toContain(959);
    expect(homeView(ref).common.map((c) => c.code)).toContain(550);
  });

  it('an RFC page knows which related RFCs it has', () => {
    const v = rfcView(ref, found(ref.rfc(959), 'RFC 959'));
    expect(v.codes.some((c) => c.code.code === 550)).toBe(true);
    expect(v.relations.find((r) => r.label === 'Obsoletes')?.list).toContainEqual({ number: 765, known: true });
  });
});

describe('dataset', () => {
  const data = buildDataset(ref, 'https://example.org/ftp/');

  it('fits its own schema, and the JSON Schema is generated from it', () => {
    expect(dataset.parse(data)).toEqual(data);
    const schema = datasetJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'FTP reply codes dataset',
      type: 'object',
    });
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });

  it('computes class and category and absolute URLs; the TSV has a row per code', () => {
    expect(data.codes.find((c) => c.code === 550)).toMatchObject({
      class: '5yz',
      category: 'x5z',
      url: 'https://example.org/ftp/codes/550/',
    });
    expect(data.codes.find((c) => c.code === 10054)).toMatchObject({ class: null, category: null, family: 'winsock' });
    const tsv = datasetTsv(data).trim().split('\n');
    expect(tsv).toHaveLength(ref.codes.length + 1);
    expect(tsv[0]?.split('\t')).toEqual(['code', 'title', 'status', 'family', 'class', 'category', 'rfcs', 'url']);
  });
});

describe('browser payload', () => {
  const payload = browserPayload(ref);

  it('a title and status for every code; the what-to-do texts, in their own file, only for failures in use', () => {
    expect(payload.codes.map((c) => c.code)).toEqual(ref.codes.map((c) => c.code));
    expect(Object.keys(payload.codes[0] ?? {}).sort()).toEqual(['code', 'status', 'title']);
    const { actions } = browserActions(ref);
    for (const n of Object.keys(actions).map(Number)) {
      expect(n >= 400 && n < 600 && code(n).status !== 'historic', String(n)).toBe(true);
    }
    expect(actions[550]).toBe(code(550).action);
    expect(actions[226]).toBeUndefined();
  });

  it('the decoder reads the payload with the texts when it has them, and without', () => {
    const withTexts = decoderCatalog(payload, browserActions(ref));
    expect(withTexts.codes.find((c) => c.code === 550)?.action).toBe(code(550).action);
    expect(decoderCatalog(payload).codes.find((c) => c.code === 550)?.action).toBeUndefined();
    expect(decoderCatalog(payload).commands).toBe(decoderCatalog(payload).commands);
    // The advice and plain phrases travel with the texts only: the embedded payload stays small.
    expect(JSON.stringify(payload)).not.toContain('"advice"');
    expect(withTexts.commands.doing.get('RETR')).toContain('download');
    const log = '220 hi\r\nRETR f\r\n550 No such file.\r\n';
    expect(decode(log, withTexts).firstFailure?.advice).toContain(code(550).action.slice(0, 40));
    expect(decode(log, decoderCatalog(payload)).firstFailure?.advice).toMatch(/5yz: /);
  });

  it('embeds safely in a script element', () => {
    const withTag = {
      ...payload,
      codes: [{ code: 999, title: '</script><script>alert(1)</script>', status: 'nonstandard' as const }],
    };
    expect(payloadJson(withTag)).not.toContain('<');
    expect(JSON.parse(payloadJson(withTag))).toEqual(withTag);
  });
});

describe('numbers and search queries', () => {
  it('one definition of a number: one to six digits; four to six are not reply codes', () => {
    expect(['5', '550', '10054', '100540'].map(isNumber)).toEqual([true, true, true, true]);
    expect(['', '1005400', '55a', '-1'].map(isNumber)).toEqual([false, false, false, false]);
    expect(['550', '1005', '10054'].map(isOtherNumber)).toEqual([false, true, true]);
  });

  const known = ref.codes.map((c) => c.code);
  it.each([
    ['550', { kind: 'code', code: 550 }],
    [' 226 ', { kind: 'code', code: 226 }],
    ['10054', { kind: 'code', code: 10054 }],
    ['0550', { kind: 'words' }],
    ['999', { kind: 'words' }],
    ['passive mode', { kind: 'words' }],
  ])('%j → %j', (term, expected) => {
    expect(matchCodeQuery(term, known)).toEqual(expected);
  });

  it('a prefix lists the codes it starts', () => {
    expect(matchCodeQuery('55', known)).toEqual({
      kind: 'prefix',
      codes: known.filter((c) => String(c).startsWith('55')),
    });
  });

  it('citation labels and links', () => {
    expect(citeLabel(959, '4.2.1')).toBe('RFC 959 §4.2.1');
    expect(citeLabel(640, 'page 8')).toBe('RFC 640, page 8');
    expect(citePath(959, 'Appendix II')).toBe('rfcs/959/#appendix-ii');
  });
});
