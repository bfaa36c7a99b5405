import { describe, expect, it } from 'vitest';
import {
  anchorFor,
  pageOffset,
  pages,
  parseSections,
  printedMarker,
  sectionText,
  segments,
} from '../../../src/lib/reference/rfctext.ts';
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

  it('"page N" is the page printed as N, also in memos that put an unnumbered cover first', () => {
    // RFC 640's reply list: the form-feed page 8 is printed "[7]" and holds 450.
    const rfc640 = rfcText(640);
    expect(pageOffset(rfc640)).toBe(-1);
    expect(sectionText(rfc640, 'page 7')).toContain('FTP Reply Codes  [7]');
    expect(sectionText(rfc640, 'page 7')).toMatch(/450 +Requested file action not taken: file unavailable/);
    // RFC 542's command-reply table starts on the page printed "37"; RFC 691's list of codes on pages 7-8.
    expect(sectionText(rfcText(542), 'page 37')).toContain('COMMAND-REPLY CORRESPONDENCE TABLE');
    expect(printedMarker(sectionText(rfcText(691), 'page 12') ?? '')).toBe(12);
    expect(sectionText(rfcText(542), 'page 0')).toBeUndefined();
    expect(pageOffset(rfc959)).toBe(0);
  });

  it('every page with a printed number agrees with the offset, in every RFC in content/', () => {
    const problems: string[] = [];
    for (const n of [542, 640, 691, 737, 743, 765, 775, 949, 959, 1123, 1545, 1579, 2228, 3659, 7151]) {
      const text = rfcText(n);
      const offset = pageOffset(text);
      pages(text).forEach((p, i) => {
        const printed = printedMarker(p);
        if (printed !== undefined && printed !== i + 1 + offset)
          problems.push(`RFC ${n}: page ${i + 1} is printed ${printed}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('page anchors carry the printed number; a cover before page 1 gets none', () => {
    const anchorsOf = (text: string) =>
      segments(text).flatMap((s) => (s.anchor?.startsWith('page-') ? [s.anchor] : []));
    const rfc640 = segments(rfcText(640));
    const at = rfc640.findIndex((s) => s.anchor === 'page-7');
    expect(
      rfc640
        .slice(at, at + 4)
        .map((s) => s.text)
        .join(''),
    ).toContain('FTP Reply Codes  [7]');
    expect(anchorsOf(rfcText(542))[0]).toBe('page-1');
    expect(anchorsOf(rfcText(542))).not.toContain('page-0');
    expect(anchorsOf(rfc959)[0]).toBe('page-1');
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
