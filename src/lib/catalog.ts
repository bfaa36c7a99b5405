/**
 * The catalogue: a compact, typed view of the content collections that pages, the dataset,
 * the decoder island and the CLI share. Built at build time from plain objects (the data of
 * the collection entries), so this module never imports astro:content.
 */
import { classify, type DigitRow, type DigitTables } from './classify.ts';

export type CodeStatus = 'standard' | 'extension' | 'historic' | 'nonstandard';

export interface Citation {
  rfc: number;
  section: string;
}

export interface CatalogMeaning extends Citation {
  text: string;
  quote?: string;
  commands: string[];
}

export interface CatalogCode {
  code: number;
  title: string;
  summary: string;
  status: CodeStatus;
  family: 'ftp' | 'winsock';
  meanings: CatalogMeaning[];
  action: string;
  related: number[];
}

export interface Catalog extends DigitTables {
  codes: CatalogCode[];
}

/** The shape of collection entries as Astro hands them over (only the fields used here). */
export interface EntryLike<T> {
  id: string;
  data: T;
}

interface DigitData {
  digit: number;
  name: string;
  summary: string;
}

interface CodeData {
  code: number;
  title: string;
  summary: string;
  status: CodeStatus;
  family: 'ftp' | 'winsock';
  meanings: { rfc: { id: string }; section: string; text: string; quote?: string | undefined; commands: string[] }[];
  action: string;
  related: { code: number }[];
}

export function digitRows(entries: readonly EntryLike<DigitData>[]): DigitRow[] {
  return entries
    .map((e) => ({ id: e.id, digit: e.data.digit, name: e.data.name, summary: e.data.summary }))
    .sort((a, b) => a.digit - b.digit);
}

export function buildCatalog(input: {
  classes: readonly EntryLike<DigitData>[];
  categories: readonly EntryLike<DigitData>[];
  codes: readonly EntryLike<CodeData>[];
}): Catalog {
  const codes = input.codes
    .map(({ data }) => ({
      code: data.code,
      title: data.title,
      summary: data.summary,
      status: data.status,
      family: data.family,
      meanings: data.meanings.map((m) => ({
        rfc: Number(m.rfc.id),
        section: m.section,
        text: m.text,
        ...(m.quote ? { quote: m.quote } : {}),
        commands: m.commands,
      })),
      action: data.action,
      related: data.related.map((r) => r.code),
    }))
    .sort((a, b) => a.code - b.code);
  return { classes: digitRows(input.classes), categories: digitRows(input.categories), codes };
}

export function findCode(catalog: Pick<Catalog, 'codes'>, code: number): CatalogCode | undefined {
  return catalog.codes.find((c) => c.code === code);
}

/** The class (first digit) and category (second digit) of a code, computed, never stored. */
export function digitsOf(code: number, tables: DigitTables): { class: DigitRow | null; category: DigitRow | null } {
  const result = classify(String(code), tables);
  return result.ok ? { class: result.class, category: result.category } : { class: null, category: null };
}

/** The codes before and after this one in numeric order (FTP codes only), for page navigation. */
export function neighbours(catalog: Catalog, code: number): { prev?: CatalogCode; next?: CatalogCode } {
  const list = catalog.codes.filter((c) => c.family === 'ftp');
  const i = list.findIndex((c) => c.code === code);
  if (i < 0) return {};
  const prev = list[i - 1];
  const next = list[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The smallest form the browser island needs: code → title and status, plus the digit tables. */
export interface IslandCatalog extends DigitTables {
  codes: [code: number, title: string, status: CodeStatus][];
}

export function islandCatalog(catalog: Catalog): IslandCatalog {
  return {
    classes: catalog.classes,
    categories: catalog.categories,
    codes: catalog.codes.map((c) => [c.code, c.title, c.status]),
  };
}

/**
 * What the log decoder needs in the browser: titles for every code, and the `action` and commands only for codes in
 * use (historic codes rarely appear in real logs; their pages still have everything).
 */
export interface DecoderIslandCatalog extends DigitTables {
  codes: { code: number; title: string; action?: string; meanings?: { commands: string[] }[] }[];
}

export function decoderCatalog(catalog: Catalog): DecoderIslandCatalog {
  return {
    classes: catalog.classes,
    categories: catalog.categories,
    codes: catalog.codes.map((c) =>
      c.status === 'historic'
        ? { code: c.code, title: c.title }
        : { code: c.code, title: c.title, action: c.action, meanings: c.meanings.filter((m) => m.commands.length).map((m) => ({ commands: m.commands })) },
    ),
  };
}
