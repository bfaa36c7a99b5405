/**
 * The state diagrams of content/state-diagrams.yaml against RFC 959 §6 as written: each figure's boxes, every edge
 * label and the commands listed under it; and the layout the site draws: one path per edge, each labelled.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content.ts';
import { layoutDiagram } from '../../../src/lib/reference/state-diagram.ts';
import { rfcText } from '../content.ts';

const diagrams = [...(loadContent(undefined, { servers: false, clients: false }).stateDiagrams ?? [])].sort(
  (a, b) => a.figure - b.figure,
);

/**
 * §6 cut into its figures: a figure opens after a line of six spaces and runs to the next empty line (or line of six
 * spaces); the text after it, up to the next figure, lists what it models.
 */
function figures(): { art: string; after: string }[] {
  const text = rfcText(959);
  const lines = text
    .slice(text.indexOf('\n6.  STATE DIAGRAMS'), text.indexOf('\n7.  TYPICAL FTP SCENARIO'))
    .split('\n');
  const found: { art: string[]; after: string[] }[] = [];
  let inArt = false;
  lines.forEach((line, i) => {
    const blank = line === '' || line === '      ';
    if (!inArt && line === '      ' && (lines[i + 1] ?? '').trim() !== '') {
      inArt = true;
      found.push({ art: [], after: [] });
    } else if (inArt && blank) inArt = false;
    else found.at(-1)?.[inArt ? 'art' : 'after'].push(line);
  });
  return found.map((f) => ({ art: f.art.join('\n'), after: f.after.join('\n') }));
}

/** The labels written on the figure's arrows: reply digits ("4,5"), command names and "cmd"; box letters left out. */
function labels(art: string): string[] {
  const noBoxes = art.replace(/\|\s[A-Z ]\s\|/g, '|   |');
  return [...noBoxes.matchAll(/(?<![\w,])(\d(?:,\d)*|[A-Z]{4}|cmd)(?![\w,])/g)].map((m) => m[1] ?? '');
}

/** The letters written in the boxes, in reading order. */
const boxLetters = (art: string) => [...art.matchAll(/\|\s([A-Z])\s\|/g)].map((m) => m[1] ?? '');

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('RFC 959 §6 state diagrams', () => {
  const figs = figures();

  it('has one entry per figure of the RFC, in order', () => {
    expect(figs).toHaveLength(6);
    expect(diagrams.map((d) => d.figure)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  describe.each(diagrams.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    const fig = figs[d.figure - 1] ?? { art: '', after: '' };

    it('draws every labelled edge the figure draws, with the same labels', () => {
      expect(sorted(d.edges.flatMap((e) => (e.label === undefined ? [] : [e.label])))).toEqual(sorted(labels(fig.art)));
    });

    it('has the figure’s boxes: as many, with the same letters', () => {
      const boxes = (fig.art.match(/\+---\+/g) ?? []).length / 2;
      expect(d.states.filter((s) => s.box)).toHaveLength(boxes);
      expect(sorted(d.states.filter((s) => s.box && s.label).map((s) => s.label))).toEqual(sorted(boxLetters(fig.art)));
      for (const word of d.states.filter((s) => !s.box)) expect(fig.art).toContain(word.label);
    });

    it('models the commands the RFC lists for it', () => {
      const listed = /This diagram models the commands:\s+([A-Za-z, \n]+?)\./.exec(fig.after);
      const cmd = /Where "cmd" is ([A-Z, or]+)\./.exec(fig.after);
      const named = labels(fig.art).filter((l) => /^[A-Z]{4}$/.test(l));
      const list = (s: string | undefined) =>
        (s ?? '')
          .split(/,|\band\b|\bor\b/)
          .map((x) => x.trim())
          .filter(Boolean);
      expect(sorted(d.cmd)).toEqual(sorted(list(cmd?.[1])));
      expect(sorted(d.commands)).toEqual(sorted([...new Set([...list(listed?.[1]), ...named, ...d.cmd])]));
    });

    it('lays out one path per edge, each labelled as in the data', () => {
      const layout = layoutDiagram(d);
      expect(layout.edges).toHaveLength(d.edges.length);
      layout.edges.forEach((e, i) => {
        expect(e.d).toMatch(/^M[\d.]+,[\d.]+ [LQC]/);
        expect(e.label).toBe(d.edges[i]?.label);
      });
      for (const s of layout.states) {
        expect(s.x).toBeLessThan(layout.width);
        expect(s.y).toBeLessThan(layout.height);
      }
    });
  });

  it('counts: 6 figures, 49 edges', () => {
    expect(diagrams.reduce((n, d) => n + d.edges.length, 0)).toBe(49);
  });
});
