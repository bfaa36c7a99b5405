import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { attrs, fileFor, htmlPages, ids, BASE } from './site.ts';

const pages = htmlPages();
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idCache.has(file)) idCache.set(file, ids(readFileSync(file, 'utf8')));
  return idCache.get(file) as Set<string>;
};

describe('links and fragments in dist', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('every internal href and #fragment resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const raw of [...attrs(page.html, 'href'), ...attrs(page.html, 'src')]) {
        if (/^(https?:|mailto:|data:)/.test(raw) || raw === '') continue;
        const url = new URL(raw, `http://site${page.path}`);
        const file = fileFor(url.pathname);
        checked++;
        if (!file) {
          broken.push(`${page.path} → ${raw} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        // A decoder link (the guides' examples): its fragment carries the log (`q=…`), not an anchor.
        const shared = /\/decode\/$/.test(url.pathname) && fragment.startsWith('q=');
        if (fragment && !shared && file.endsWith('.html') && !idsOf(file).has(fragment))
          broken.push(`${page.path} → ${raw} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('links honour the base path', () => {
    for (const page of pages) {
      for (const href of attrs(page.html, 'href')) {
        if (href.startsWith('/')) expect(href.startsWith(BASE), `${page.path}: ${href}`).toBe(true);
      }
    }
  });

  it('ids are unique on every page', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const all = attrs(page.html, 'id');
      const seen = new Set<string>();
      for (const id of all) {
        if (seen.has(id)) dupes.push(`${page.path}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
