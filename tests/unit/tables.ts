/** The real digit tables, read from content/ the way the catalogue does, for tests of the pure library. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DigitRow, DigitTables } from '../../src/lib/classify.ts';

function rows(file: string): DigitRow[] {
  const data = parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8')) as DigitRow[];
  return data.map(({ id, digit, name, summary }) => ({ id, digit, name, summary }));
}

export const tables: DigitTables = { classes: rows('classes.yaml'), categories: rows('categories.yaml') };
