/**
 * Finds the sections and pages of a plain-text RFC so that citations ("RFC 959 §4.2.1",
 * "RFC 640 page 12", the page printed as 12) can link to an anchor and tests can check what a cited section says.
 * Pure: takes the text, returns positions.
 */

export interface RfcSection {
  /** As cited: "4.2.1" or "Appendix II". */
  id: string;
  anchor: string;
  title: string;
  /** 0-based line where the section heading is. */
  line: number;
  /** 0-based line where the next section starts (exclusive end). */
  end: number;
}

const NUMBERED = /^( *)(\d{1,2}(?:\.\d{1,2})*)\.? {1,6}(\S.*)$/;
const APPENDIX = /^ {0,8}(?:APPENDIX|Appendix) +([A-Z]|[IVX]+|\d+)(?:\.(\d+(?:\.\d+)*))?(?: *[-:.] *(\S.*))?$/;
const TOC_LINE = /(\.\s?){3,}\s*\d+\s*$/;

/** The anchor used on the site for a cited section or page. */
export function anchorFor(section: string): string {
  const page = /^page (\d+)$/.exec(section);
  if (page) return `page-${page[1]}`;
  const appendix = /^Appendix (.+)$/.exec(section);
  if (appendix) return `appendix-${(appendix[1] ?? '').toLowerCase()}`;
  return `section-${section}`;
}

function isNext(current: number[], candidate: number[]): boolean {
  if (current.length === 0) return candidate.length === 1 && candidate[0] === 1;
  if (
    candidate.length === current.length + 1 &&
    candidate.at(-1) === 1 &&
    current.every((n, i) => candidate[i] === n)
  ) {
    return true;
  }
  if (candidate.length > current.length) return false;
  const k = candidate.length - 1;
  for (let i = 0; i < k; i++) if (candidate[i] !== current[i]) return false;
  return candidate[k] === (current[k] ?? 0) + 1;
}

/** Numbered sections (in order, each next to the one before) and appendices. */
export function parseSections(text: string): RfcSection[] {
  const lines = text.split('\n');
  const found: Omit<RfcSection, 'end'>[] = [];
  let current: number[] = [];
  let inAppendix = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/[\f\r]/g, '');
    if (TOC_LINE.test(line)) continue;
    const appendix = APPENDIX.exec(line);
    if (appendix && line.trim().length < 90) {
      const sub = appendix[2] ? `.${appendix[2]}` : '';
      const id = `Appendix ${appendix[1]}${sub}`;
      if (!found.some((s) => s.id === id)) {
        found.push({ id, anchor: anchorFor(id), title: (appendix[3] ?? '').trim(), line: i });
        inAppendix = true;
      }
      continue;
    }
    if (inAppendix) continue;
    const m = NUMBERED.exec(line);
    if (!m) continue;
    const indent = (m[1] ?? '').length;
    const numbers = (m[2] ?? '').split('.').map(Number);
    const title = (m[3] ?? '').trim();
    if (numbers.length === 1 && indent > 3) continue;
    if (!/^[A-Z]/.test(title) || title.length > 80) continue;
    // Some RFCs number their top level "1.0", "2.0": read those as 1, 2 for the sequence, keep the printed id.
    const sequence = numbers.length === 2 && numbers[1] === 0 ? numbers.slice(0, 1) : numbers;
    if (!isNext(current, sequence)) continue;
    current = sequence;
    const id = numbers.join('.');
    found.push({ id, anchor: anchorFor(id), title, line: i });
  }
  return found.map((s, i) => ({ ...s, end: found[i + 1]?.line ?? lines.length }));
}

/** The file's pages, cut at its form feeds (the first is the text before the first form feed). */
export function pages(text: string): string[] {
  return text.split('\f');
}

/**
 * The number printed on a page, where it has one: "[Page 12]" in the footer (RFC 959 and later), "Page 3" at the end
 * of a header line (RFC 775), "[7]" at the end of a header line (RFC 640), or a bare number as the last line (RFC 542,
 * 691, 765).
 */
export function printedMarker(page: string): number | undefined {
  const lines = page.split('\n').filter((l) => l.trim() !== '');
  const footer = /\[Page (\d+)\]/.exec(page);
  if (footer) return Number(footer[1]);
  for (const l of lines.slice(0, 4)) {
    const header = /\S.*(?:\bPage (\d+)|\[(\d+)\])\s*$/.exec(l);
    if (header) return Number(header[1] ?? header[2]);
  }
  const last = /^\s*(\d+)\s*$/.exec(lines.at(-1) ?? '');
  return last ? Number(last[1]) : undefined;
}

/**
 * How the printed page numbers relate to the form-feed pages: printed = index (1-based) + offset. The offset is the
 * one most pages show; old memos put an unnumbered cover before page 1 (RFC 542, 640, 691: offset -1).
 */
export function pageOffset(text: string): number {
  const counts = new Map<number, number>();
  pages(text).forEach((p, i) => {
    const n = printedMarker(p);
    if (n !== undefined) counts.set(n - (i + 1), (counts.get(n - (i + 1)) ?? 0) + 1);
  });
  let best = 0;
  let most = 0;
  for (const [offset, count] of counts) if (count > most) [best, most] = [offset, count];
  return best;
}

/** The text of a cited section ("4.2.1", "Appendix II", "page 12": the page printed as 12), or undefined. */
export function sectionText(text: string, section: string): string | undefined {
  const page = /^page (\d+)$/.exec(section);
  if (page) {
    const printed = Number(page[1]);
    return printed >= 1 ? pages(text)[printed - pageOffset(text) - 1] : undefined;
  }
  const found = parseSections(text).find((s) => s.id === section);
  if (!found) return undefined;
  return text.split('\n').slice(found.line, found.end).join('\n');
}

export interface TextSegment {
  /** Anchor that starts at this segment (a section or a page), if any. */
  anchor?: string;
  text: string;
}

/**
 * The text cut at every section heading and page start, so a page can put an anchor before each.
 * Form feeds are dropped from the text (the page anchors mark where they were).
 */
export function segments(text: string): TextSegment[] {
  const lines = text.split('\n');
  const anchors = new Map<number, string[]>();
  const add = (line: number, anchor: string) => anchors.set(line, [...(anchors.get(line) ?? []), anchor]);
  for (const s of parseSections(text)) add(s.line, s.anchor);
  // Anchors carry the printed page number; a cover printed before page 1 gets none.
  let page = 1 + pageOffset(text);
  if (page >= 1) add(0, `page-${page}`);
  lines.forEach((l, i) => {
    const ff = l.split('\f').length - 1;
    for (let k = 0; k < ff; k++) if (++page >= 1) add(i, `page-${page}`);
  });
  const out: TextSegment[] = [];
  let buf: string[] = [];
  const flush = (anchor?: string) => {
    if (buf.length || anchor === undefined) out.push({ text: buf.join('\n') });
    buf = [];
  };
  lines.forEach((l, i) => {
    const here = anchors.get(i);
    if (here) {
      if (buf.length) flush('');
      for (const a of here) out.push({ anchor: a, text: '' });
    }
    buf.push(l.replace(/\f/g, ''));
  });
  if (buf.length) out.push({ text: buf.join('\n') });
  return out.filter((s) => s.anchor !== undefined || s.text !== '');
}
