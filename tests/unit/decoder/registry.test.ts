/** The format registry (src/lib/decoder/formats/index.ts): everything that names formats is derived from it. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../scripts/load-catalog.ts';
import {
  detectFormat,
  FORMAT_CHOICES,
  FORMAT_NAMES,
  FORMATS,
  formatByName,
  formatHelp,
  isFormatName,
} from '../../../src/lib/decoder/formats/index.ts';

/** The command verbs there are files for (content/commands/), as decode() passes them. */
const { known } = loadCatalog().catalog.commands;

describe('format registry', () => {
  it('lists each format once, with a label and a one-line hint', () => {
    expect(new Set(FORMAT_NAMES).size).toBe(FORMATS.length);
    for (const f of FORMATS) {
      expect(f.name).toMatch(/^[a-z0-9]+$/);
      expect(f.label.trim()).not.toBe('');
      expect(f.hint.trim()).not.toBe('');
      expect(f.hint).not.toContain('\n');
    }
  });

  it('derives names, lookups, the page list and the help from the same array, in its order', () => {
    expect(FORMAT_NAMES).toEqual(FORMATS.map((f) => f.name));
    expect(FORMAT_CHOICES).toEqual(FORMATS.map(({ name, label, hint }) => ({ name, label, hint })));
    const help = formatHelp('  ').split('\n');
    expect(help).toHaveLength(FORMATS.length);
    FORMATS.forEach((f, i) => {
      expect(formatByName(f.name)).toBe(f);
      expect(isFormatName(f.name)).toBe(true);
      expect(help[i]).toMatch(new RegExp(`^  ${f.name} +${f.hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });
    expect(isFormatName('bogus')).toBe(false);
    expect(isFormatName('')).toBe(false);
  });

  it('detection returns a registered format, raw when nothing scores', () => {
    expect(detectFormat('hello', known).format.name).toBe('raw');
    expect(detectFormat('550', known).format.name).toBe('code');
    expect(detectFormat('550 No such file.', known).format.name).toBe('reply');
    expect(FORMATS).toContain(
      detectFormat('* Connected to h (1.2.3.4) port 21 (#0)\n< 220 ok\n> USER a', known).format,
    );
  });
});
