/**
 * Byte and request budgets, checked on the built site (deterministic: gzip -9 of the files as served). Timings are
 * not checked here; `npm run bench` prints them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, chunkBytes, gz, islandBytes, workerBytes } from '../../scripts/budgets.ts';
import { BASE, DIST, htmlPages } from './site.ts';

const pages = htmlPages();
const at = (path: string) => {
  const page = pages.find((p) => p.path.endsWith(path));
  if (!page) throw new Error(`no page ${path}`);
  return page;
};
const codePages = pages.filter((p) => /\/codes\/\d+\/$/.test(p.path));

/** Inline JavaScript of a page (the JSON data islands read is not code). */
const inlineJs = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !(attrs ?? '').includes('application/json'))
    .map(([, , body]) => body ?? '')
    .join('');

/** Requests a first view makes: the page plus every stylesheet, script, image, frame or preload it references. */
function requests(html: string): number {
  const refs =
    html.match(
      /<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload)"|<script\b[^>]*\bsrc=|<img\b[^>]*\bsrc=|<iframe\b|<object\b|<embed\b/g,
    ) ?? [];
  return 1 + refs.length;
}

describe('code pages', () => {
  it(`load no script file before interaction, and at most ${BUDGETS.codePage.inlineJs} bytes of inline JS (the theme)`, () => {
    expect(codePages.length).toBeGreaterThan(100);
    for (const p of codePages) {
      expect(p.html, p.path).not.toMatch(/<script\b[^>]*\bsrc=/i);
      expect(p.html, p.path).not.toMatch(/<link\b[^>]*\brel="modulepreload"/i);
      expect(gz(inlineJs(p.html)), p.path).toBeLessThanOrEqual(BUDGETS.codePage.inlineJs);
      expect(p.html, p.path).not.toMatch(/\son[a-z]+=/i);
      expect(p.html, p.path).not.toMatch(/javascript:/i);
    }
  });

  it(`need at most ${BUDGETS.codePage.requests} requests`, () => {
    for (const p of codePages) expect(requests(p.html), p.path).toBeLessThanOrEqual(BUDGETS.codePage.requests);
  });

  it(`the median code page is within ${BUDGETS.codePage.median} bytes, and none exceeds ${BUDGETS.codePage.max}`, () => {
    const sizes = codePages.map((p) => ({ path: p.path, bytes: gz(p.html) })).sort((a, b) => a.bytes - b.bytes);
    expect(sizes[Math.floor(sizes.length / 2)]?.bytes).toBeLessThanOrEqual(BUDGETS.codePage.median);
    for (const s of sizes) expect(s.bytes, s.path).toBeLessThanOrEqual(BUDGETS.codePage.max);
  });
});

describe('home, class and category pages', () => {
  const kinds = pages.filter((p) => p.path === BASE || /\/(classes|categories)\/[^/]+\/$/.test(p.path));
  it(`are within ${BUDGETS.page.bytes} bytes and ${BUDGETS.page.requests} requests`, () => {
    expect(kinds.length).toBe(13);
    for (const page of kinds) {
      expect(gz(page.html), page.path).toBeLessThanOrEqual(BUDGETS.page.bytes);
      expect(requests(page.html), page.path).toBeLessThanOrEqual(BUDGETS.page.requests);
    }
  });
});

describe('guide pages', () => {
  const guides = pages.filter((p) => /\/guides\/[^/]+\/$/.test(p.path));
  it(`are within ${BUDGETS.guidePage.bytes} bytes and ${BUDGETS.guidePage.requests} request, with no script file`, () => {
    expect(guides.length).toBeGreaterThanOrEqual(7);
    for (const page of guides) {
      expect(gz(page.html), page.path).toBeLessThanOrEqual(BUDGETS.guidePage.bytes);
      expect(requests(page.html), page.path).toBeLessThanOrEqual(BUDGETS.guidePage.requests);
    }
  });
});

describe('scripts', () => {
  it(`our search UI is within ${BUDGETS.searchUi} bytes`, () => {
    expect(islandBytes(DIST, 'search')).toBeLessThanOrEqual(BUDGETS.searchUi);
  });

  it(`what a pasted line loads besides (matcher and known messages) is within ${BUDGETS.searchPaste} bytes`, () => {
    const messages = gz(readFileSync(`${DIST}/data/messages.json`));
    expect(chunkBytes(DIST, 'search-paste') + messages).toBeLessThanOrEqual(BUDGETS.searchPaste);
  });

  it(`/decode/: the island and its embedded payload are within ${BUDGETS.decodeIsland} bytes`, () => {
    const html = at('/decode/').html;
    const payload = /<script type="application\/json" data-payload>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(payload).toBeTruthy();
    expect(islandBytes(DIST, 'log') + gz(payload ?? '')).toBeLessThanOrEqual(BUDGETS.decodeIsland);
  });

  it(`/decode/: the decoder's Web Worker chunk is within ${BUDGETS.decodeWorker} bytes`, () => {
    expect(workerBytes(DIST)).toBeLessThanOrEqual(BUDGETS.decodeWorker);
  });
});
