/**
 * The public dataset (/data/codes.json, /data/codes.tsv) generated from the catalogue, and its JSON Schema.
 * Class and category are computed by the classifier, as everywhere else.
 */
import type { Catalog } from './catalog.ts';
import { digitsOf } from './catalog.ts';

export interface DatasetCode {
  code: number;
  title: string;
  summary: string;
  status: string;
  family: string;
  class: string | null;
  category: string | null;
  meanings: { rfc: number; section: string; text: string }[];
  url: string;
}

export function dataset(catalog: Catalog, site: string) {
  return {
    $schema: new URL('data/codes.schema.json', site).href,
    title: 'FTP reply codes',
    licence: 'CC-BY-4.0',
    source: new URL('data/', site).href,
    codes: catalog.codes.map<DatasetCode>((c) => {
      const { class: cls, category: cat } = c.family === 'ftp' ? digitsOf(c.code, catalog) : { class: null, category: null };
      return {
        code: c.code,
        title: c.title,
        summary: c.summary,
        status: c.status,
        family: c.family,
        class: cls?.id ?? null,
        category: cat?.id ?? null,
        meanings: c.meanings.map((m) => ({ rfc: m.rfc, section: m.section, text: m.text })),
        url: new URL(`codes/${c.code}/`, site).href,
      };
    }),
  };
}

const TSV_COLUMNS = ['code', 'title', 'status', 'family', 'class', 'category', 'rfcs', 'url'] as const;

function cell(v: string): string {
  return v.replace(/[\t\r\n]+/g, ' ');
}

export function datasetTsv(data: ReturnType<typeof dataset>): string {
  const rows = data.codes.map((c) =>
    [String(c.code), c.title, c.status, c.family, c.class ?? '', c.category ?? '', c.meanings.map((m) => `RFC ${m.rfc} ${m.section}`).join('; '), c.url]
      .map(cell)
      .join('\t'),
  );
  return [TSV_COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}

export const datasetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'FTP reply codes dataset',
  type: 'object',
  required: ['title', 'licence', 'codes'],
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string' },
    licence: { type: 'string' },
    source: { type: 'string' },
    codes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'title', 'summary', 'status', 'family', 'class', 'category', 'meanings', 'url'],
        properties: {
          code: { type: 'integer', minimum: 100, maximum: 99999, description: 'The reply code (or a Winsock error number, family "winsock").' },
          title: { type: 'string' },
          summary: { type: 'string' },
          status: { enum: ['standard', 'extension', 'historic', 'nonstandard'] },
          family: { enum: ['ftp', 'winsock'] },
          class: { type: ['string', 'null'], pattern: '^[1-6]yz$', description: 'First digit, computed.' },
          category: { type: ['string', 'null'], pattern: '^x[0-5]z$', description: 'Second digit, computed.' },
          meanings: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['rfc', 'section', 'text'],
              properties: { rfc: { type: 'integer' }, section: { type: 'string' }, text: { type: 'string' } },
            },
          },
          url: { type: 'string', format: 'uri' },
        },
      },
    },
  },
} as const;
