/**
 * The public dataset (/data/codes.json, /data/codes.tsv), projected from the read model, and its JSON Schema, generated
 * from the zod schema below (z.toJSONSchema), so the file and its schema cannot drift apart.
 */
import { z } from 'zod';
import { FAMILIES } from '../../schemas/code.ts';
import { STATUSES } from '../../schemas/common.ts';
import type { Reference } from './model.ts';

const datasetCode = z
  .object({
    code: z
      .number()
      .int()
      .min(100)
      .max(99999)
      .describe('The reply code (or a Winsock error number, family "winsock").'),
    title: z.string(),
    summary: z.string(),
    status: z.enum(STATUSES),
    family: z.enum(FAMILIES),
    class: z
      .string()
      .regex(/^[1-6]yz$/)
      .nullable()
      .describe('First digit, computed.'),
    category: z
      .string()
      .regex(/^x[0-5]z$/)
      .nullable()
      .describe('Second digit, computed.'),
    meanings: z.array(z.strictObject({ rfc: z.number().int(), section: z.string(), text: z.string() })),
    url: z.url(),
  })
  .strict();

export const dataset = z.object({
  $schema: z.string().optional(),
  title: z.string(),
  licence: z.string(),
  source: z.string().optional(),
  codes: z.array(datasetCode),
});

export type Dataset = z.output<typeof dataset>;

/** The JSON Schema (draft 2020-12) of /data/codes.json. */
export const datasetJsonSchema = () => ({
  ...z.toJSONSchema(dataset, { target: 'draft-2020-12' }),
  title: 'FTP reply codes dataset',
});

export function buildDataset(ref: Reference, site: string): Dataset {
  return {
    $schema: new URL('data/codes.schema.json', site).href,
    title: 'FTP reply codes',
    licence: 'CC-BY-4.0',
    source: new URL('data/', site).href,
    codes: ref.codes.map((c) => ({
      code: c.code,
      title: c.title,
      summary: c.summary,
      status: c.status,
      family: c.family,
      class: c.class?.id ?? null,
      category: c.category?.id ?? null,
      meanings: c.meanings.map((m) => ({ rfc: Number(m.rfc), section: m.section, text: m.text })),
      url: new URL(`codes/${c.code}/`, site).href,
    })),
  };
}

const TSV_COLUMNS = ['code', 'title', 'status', 'family', 'class', 'category', 'rfcs', 'url'] as const;

const cell = (v: string) => v.replace(/[\t\r\n]+/g, ' ');

export function datasetTsv(data: Dataset): string {
  const rows = data.codes.map((c) =>
    [
      String(c.code),
      c.title,
      c.status,
      c.family,
      c.class ?? '',
      c.category ?? '',
      c.meanings.map((m) => `RFC ${m.rfc} ${m.section}`).join('; '),
      c.url,
    ]
      .map(cell)
      .join('\t'),
  );
  return `${[TSV_COLUMNS.join('\t'), ...rows].join('\n')}\n`;
}
