/** Building blocks for the small, hand-made catalogues of the decoder's unit tests (the real one comes from content/). */
import type { CatalogCode } from '../../src/lib/catalog.ts';
import type { DigitRow } from '../../src/lib/classify.ts';

export const row = (id: string, digit: number, name: string): DigitRow => ({ id, digit, name, summary: `${name}.` });

export const entry = (code: number, title: string, action = `Do what ${code} asks.`, commands: string[] = []): CatalogCode => ({
  code,
  title,
  summary: title,
  status: 'standard',
  family: 'ftp',
  meanings: [{ rfc: 959, section: '4.2.1', text: title, commands }],
  action,
  related: [],
});
