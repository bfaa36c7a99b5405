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
 * What the log decoder reads of the catalogue, and nothing more: a title for every code (each reply shows it); the
 * `action` only for 4yz and 5yz codes in use (the advice for the first failure, and only failures get advice; historic
 * codes fall back to their class); the commands of codes in use (which replies the RFCs list for a command); names of
 * the digit rows, and the summaries of the 4yz and 5yz classes (the advice's fallback).
 */
export interface DecoderIslandCatalog extends DigitTables {
  codes: { code: number; title: string; action?: string; meanings?: { commands: string[] }[] }[];
}

const isFailureClass = (digit: number) => digit === 4 || digit === 5;

export function decoderCatalog(catalog: Catalog): DecoderIslandCatalog {
  return {
    classes: catalog.classes.map((r) => ({ ...r, summary: isFailureClass(r.digit) ? r.summary : '' })),
    categories: catalog.categories.map((r) => ({ ...r, summary: '' })),
    codes: catalog.codes.map((c) => {
      if (c.status === 'historic') return { code: c.code, title: c.title };
      const commands = [...new Set(c.meanings.flatMap((m) => m.commands))];
      return {
        code: c.code,
        title: c.title,
        ...(isFailureClass(Math.floor(c.code / 100)) && c.action.trim() ? { action: c.action } : {}),
        ...(commands.length ? { meanings: [{ commands }] } : {}),
      };
    }),
  };
}

/**
 * The decoder catalogue as the page embeds it: arrays instead of objects with repeated keys.
 * [classes as [digit, name, summary], categories as [digit, name], codes as [step, title, action | 0, "CMD CMD"]]
 * (trailing empty fields left out). Row ids follow from the digit ("5yz", "x5z"); codes are in ascending order and each
 * is given as its step from the one before (100, 10, 10, … compresses better than 100, 110, 120, …).
 */
export type PackedDecoderCatalog = [
  classes: [digit: number, name: string, summary?: string][],
  categories: [digit: number, name: string][],
  codes: [step: number, title: string, action?: string | 0, commands?: string][],
];

const classId = (digit: number) => `${digit}yz`;
const categoryId = (digit: number) => `x${digit}z`;

/**
 * Packs `decoderCatalog()` for the page. Commands of 4yz–6yz codes are kept only where no 1yz–3yz code lists them:
 * the decoder compares a reply with the replies listed for its command only for positive replies (1yz–3yz), and for
 * the rest needs only to know that the catalogue has the command at all.
 */
export function packDecoderCatalog(catalog: DecoderIslandCatalog): PackedDecoderCatalog {
  const rows = (list: readonly DigitRow[], id: (digit: number) => string) =>
    list.map((r) => {
      if (r.id !== id(r.digit)) throw new Error(`digit row ${r.id} does not match its digit ${r.digit}`);
      return r.summary ? ([r.digit, r.name, r.summary] as [number, string, string]) : ([r.digit, r.name] as [number, string]);
    });
  const positive = new Set(catalog.codes.filter((c) => c.code < 400).flatMap((c) => c.meanings?.flatMap((m) => m.commands) ?? []));
  let previous = 0;
  return [
    rows(catalog.classes, classId),
    rows(catalog.categories, categoryId).map(([digit, name]) => [digit, name]),
    catalog.codes.map((c) => {
      const step = c.code - previous;
      if (step <= 0) throw new Error(`codes out of order at ${c.code}`);
      previous = c.code;
      const all = [...new Set(c.meanings?.flatMap((m) => m.commands) ?? [])];
      const commands = (c.code < 400 ? all : all.filter((k) => !positive.has(k))).join(' ');
      return commands ? [step, c.title, c.action ?? 0, commands] : c.action ? [step, c.title, c.action] : [step, c.title];
    }),
  ];
}

/** The island's side of `packDecoderCatalog`: the shape the decoder reads. */
export function unpackDecoderCatalog([classes, categories, codes]: PackedDecoderCatalog): DecoderIslandCatalog {
  let code = 0;
  const rows = (list: PackedDecoderCatalog[0], id: (digit: number) => string): DigitRow[] =>
    list.map(([digit, name, summary = '']) => ({ id: id(digit), digit, name, summary }));
  return {
    classes: rows(classes, classId),
    categories: rows(categories, categoryId),
    codes: codes.map(([step, title, action, commands]) => ({
      code: (code += step),
      title,
      ...(action ? { action } : {}),
      ...(commands ? { meanings: [{ commands: commands.split(' ') }] } : {}),
    })),
  };
}
