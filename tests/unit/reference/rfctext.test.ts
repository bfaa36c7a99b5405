import { describe, expect, it } from 'vitest';
import { anchorFor, pages, parseSections, sectionText, segments } from '../../../src/lib/reference/rfctext.ts';
import { rfcText } from '../content.ts';

describe('rfctext', () => {
  const rfc959 = rfcText(959);

  it('finds the numbered sections of RFC 959 in order, skipping numbered lists', () => {
    const ids = parseSections(rfc959).map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['1', '2', '2.1', '2.2', '2.3']);
    expect(ids).toContain('4.2.1');
    expect(ids).toContain('5.4');
    expect(ids).toContain('Appendix II');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cuts a section from its heading to the next heading', () => {
    const s = sectionText(rfc959, '4.2.1') ?? '';
    expect(s.split('\n')[0]).toMatch(/4\.2\.1 +Reply Codes by Function Groups/);
    expect(s).toContain('550 Requested action not taken.');
    expect(s).not.toMatch(/4\.2\.2 Numeric/);
  });

  it('skips table-of-contents lines of modern RFCs', () => {
    const sections = parseSections(rfcText(3659));
    const first = sections.find((s) => s.id === '1');
    expect(first?.title).toMatch(/^Introduction/);
    expect(sections.find((s) => s.id === '7.2.1')).toBeDefined();
  });

  it('reads "1.0"-style numbering', () => {
    expect(parseSections(rfcText(2773)).map((s) => s.id)).toContain('2.0');
  });

  it('pages are split at form feeds and cited as "page N"', () => {
    // 69 form feeds (one after each printed page) give 70 chunks; page 69 is the last printed page.
    expect(pages(rfc959)).toHaveLength(70);
    expect(sectionText(rfc959, 'page 69')).toContain('[Page 69]');
    expect(sectionText(rfc959, 'page 1')).toContain('FILE TRANSFER PROTOCOL');
    expect(sectionText(rfc959, 'page 999')).toBeUndefined();
    expect(sectionText(rfc959, '99.9')).toBeUndefined();
  });

  it('anchors for sections, appendices and pages', () => {
    expect(anchorFor('4.2.1')).toBe('section-4.2.1');
    expect(anchorFor('Appendix II')).toBe('appendix-ii');
    expect(anchorFor('page 12')).toBe('page-12');
  });

  it('segments keep the whole text and put every anchor once', () => {
    const segs = segments(rfc959);
    const text = segs.map((s) => s.text).join('\n');
    expect(text.replace(/\s+/g, '')).toBe(rfc959.replace(/\s+/g, ''));
    const anchors = segs.flatMap((s) => (s.anchor ? [s.anchor] : []));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toContain('section-4.2.1');
    expect(anchors).toContain('page-40');
  });
});
