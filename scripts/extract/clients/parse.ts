/**
 * Pure parsing for the client extractors: find a line in a source file, capture a constant near it, read an enum or
 * a constant table, merge re-extracted fields into the hand-written YAML. No file system here, so the tests feed
 * small inline snippets (tests/unit/clients/extract.test.ts).
 */
import type { ClientMapping } from '../../../src/schemas/client.ts';

/** What an extractor writes; `when` and `note` are ours and come from the YAML already on disk. */
export type Extracted = Omit<ClientMapping, 'when' | 'note' | 'url'>;

export class ExtractError extends Error {
  override name = 'ExtractError';
}

/** 1-based number of the first line containing `needle`, searching from the line containing `after` (if given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  let from = 0;
  if (after !== undefined) {
    from = lines.findIndex((l) => l.includes(after));
    if (from < 0) throw new ExtractError(`not found: ${JSON.stringify(after)}`);
  }
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new ExtractError(`not found: ${JSON.stringify(needle)}${after ? ` after ${after}` : ''}`);
  return i + 1;
}

/** The first match of `pattern` on `line` (1-based) or up to `window` lines after it: its first group and its line. */
export function captureNear(text: string, line: number, pattern: RegExp, window = 6): { value: string; line: number } {
  const lines = text.split('\n');
  for (let i = line - 1; i < Math.min(lines.length, line - 1 + window + 1); i++) {
    const m = pattern.exec(lines[i] ?? '');
    if (m) return { value: m[1] ?? m[0], line: i + 1 };
  }
  throw new ExtractError(`${String(pattern)} not within ${String(window)} lines of line ${String(line)}`);
}

/** The first double-quoted C/C#/Java/Go/TS string literal on a line, unescaped (\" and \\ only). */
export function quoted(line: string): string | undefined {
  const m = /"((?:[^"\\]|\\.)*)"/.exec(line);
  return m?.[1]?.replace(/\\(["\\])/g, '$1');
}

/** Every `NAME = NUMBER` entry a pattern finds (groups: name, number), with its line, in file order. */
export function entries(text: string, pattern: RegExp): { name: string; value: number; line: number }[] {
  const out: { name: string; value: number; line: number }[] = [];
  text.split('\n').forEach((l, i) => {
    const m = pattern.exec(l);
    if (m?.[1] !== undefined && m[2] !== undefined) out.push({ name: m[1], value: Number(m[2]), line: i + 1 });
  });
  return out;
}

/**
 * The numbers of libcurl's CURLcode enum (include/curl/curl.h): `CURLE_OK = 0,` then one entry per line, each
 * numbered by its position. The comment `/* 78 *\/` that curl.h puts after most entries is checked against the count.
 */
export function curlCodes(header: string): Map<string, number> {
  const start = header.indexOf('typedef enum {\n  CURLE_OK = 0,');
  if (start < 0) throw new ExtractError('CURLcode enum not found');
  const body = header.slice(start, header.indexOf('} CURLcode;', start));
  const out = new Map<string, number>();
  let n = 0;
  for (const l of body.split('\n')) {
    const m = /^\s*(CURLE_[A-Z0-9_]+)\s*(?:=\s*(\d+))?\s*,(?:\s*\/\*\s*(\d+))?/.exec(l);
    if (!m?.[1]) continue;
    if (m[2] !== undefined) n = Number(m[2]);
    if (m[3] !== undefined && Number(m[3]) !== n)
      throw new ExtractError(`${m[1]}: counted ${String(n)}, comment says ${m[3]}`);
    out.set(m[1], n);
    n++;
  }
  return out;
}

/**
 * Re-extracted mappings with the hand-written fields (`when`, `note`) of the mappings already on disk, matched by
 * id. A hand-written mapping with a vendor url (no file) is kept as it is; an extracted one that disappeared from
 * the source is dropped, so a re-run shows it in the diff.
 */
export function mergeMappings(
  existing: readonly Partial<ClientMapping>[],
  extracted: readonly Extracted[],
): Partial<ClientMapping>[] {
  const byId = new Map(existing.map((m) => [m.id, m]));
  const ids = new Set(extracted.map((m) => m.id));
  if (ids.size !== extracted.length) throw new ExtractError('two extracted mappings share an id');
  const merged = extracted.map((m): Partial<ClientMapping> => {
    const old = byId.get(m.id);
    return {
      ...m,
      ...(old?.when !== undefined ? { when: old.when } : {}),
      ...(old?.note !== undefined ? { note: old.note } : {}),
    };
  });
  const handOnly = existing.filter((m) => m.id !== undefined && !ids.has(m.id) && m.file === undefined);
  return [...merged, ...handOnly];
}
