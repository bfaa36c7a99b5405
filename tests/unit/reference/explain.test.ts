import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/reference/explain.ts';
import type { BrowserPayload } from '../../../src/lib/reference/payload.ts';
import { ui } from '../../../src/i18n/en.ts';
import { tables } from '../tables.ts';

const catalog: BrowserPayload = {
  classes: [...tables.classes],
  categories: [...tables.categories],
  codes: [
    { code: 550, title: 'File unavailable', status: 'standard' },
    { code: 430, title: 'Invalid username or password', status: 'nonstandard' },
    { code: 10054, title: 'Connection reset by peer', status: 'nonstandard' },
  ],
  commands: [],
};

describe('explain (the small decoder view)', () => {
  it('a known code: heading, status first, digits, link to its page', () => {
    const v = explain('550', catalog, ui);
    expect(v.heading).toBe('550: File unavailable');
    expect(v.status).toBe('standard');
    expect(v.lines.map((l) => l.label)).toEqual(['Status', ui.decoderClass, ui.decoderCategory, ui.decoderThird]);
    // A clear link under the lines, not a row "Open the page for | 550" (#12 finding 6).
    expect(v.more).toEqual({ text: 'Read more about 550 →', path: 'codes/550/' });
    expect(v.lines[1]?.path).toBe('classes/5yz/');
  });

  it("with the texts file, the code's meaning and what to do come first (#12 finding 6)", () => {
    const texts = {
      actions: { 550: 'Check the path and the permissions.' },
      summaries: { 550: 'The file does not exist, or you may not use it.' },
      advice: [],
      commands: {},
      clientErrors: [],
    };
    const v = explain('550 Permission denied.', catalog, ui, texts);
    expect(v.lines.slice(0, 2)).toEqual([
      { label: 'What it means', text: 'The file does not exist, or you may not use it.' },
      { label: 'What to do', text: 'Check the path and the permissions.' },
    ]);
    expect(v.lines.at(-1)).toEqual({ label: 'Server text', text: 'Permission denied.' });
    expect(v.more?.text).toBe('Read more about 550 →');
    // A code that is no failure has a meaning and nothing to do.
    expect(explain('430', catalog, ui, { ...texts, actions: {} }).lines[0]?.label).toBe('Status');
  });

  it('a well-formed code no RFC defines', () => {
    expect(explain('559', catalog, ui)).toMatchObject({
      ok: true,
      heading: `559: ${ui.decoderNotDefined}`,
      status: 'undefined',
    });
    const v = explain('590', catalog, ui);
    expect(v).toMatchObject({ ok: true, heading: `590: ${ui.decoderNotDefined}`, status: 'undefined' });
    expect(v.lines[1]?.text).toBe('The second digit must be 0–5; 9 is not defined.');
  });

  it('a non-standard code says so', () => {
    expect(explain('430', catalog, ui).lines[0]?.text).toMatch(/non-standard/);
  });

  it('a Winsock number found in the catalogue', () => {
    expect(explain('10054', catalog, ui)).toMatchObject({ ok: true, heading: '10054: Connection reset by peer' });
  });

  it('a reply line: the code explained and the server text shown', () => {
    const v = explain('550 Failed to change directory.', catalog, ui);
    expect(v.heading).toBe('550: File unavailable');
    expect(v.lines.at(-1)).toEqual({ label: 'Server text', text: 'Failed to change directory.' });
  });

  it('a multi-line paste points to the full decoder', () => {
    const v = explain('211-Features:\n SIZE\n211 End', catalog, ui);
    // The text is never put in the link (a query reaches the server); the full decoder is one paste away.
    expect(v.lines.at(-1)?.path).toBe('decode/');
  });

  it('the link to the full decoder never carries a password', () => {
    const v = explain('331 pw?\nPASS hunter2\n230 ok', catalog, ui);
    // The link carries no text at all (was: the masked text in ?q=).
    expect(v.lines.at(-1)?.path).not.toContain('?');
    expect(decodeURIComponent(v.lines.at(-1)?.path ?? '')).not.toContain('hunter2');
  });

  it('errors are views too, never exceptions', () => {
    for (const input of ['', '999', 'abc', '5'.repeat(10_000), '\u0000\u0001']) {
      const v = explain(input, catalog, ui);
      expect(typeof v.heading).toBe('string');
    }
    expect(explain('999', catalog, ui)).toMatchObject({ ok: false });
  });
});
