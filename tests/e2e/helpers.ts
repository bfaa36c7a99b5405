import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const DIST = process.env.OUT_DIR ?? 'dist';

/** Every page path listed in the built sitemap(s), relative to the site root ("/codes/550/"). */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) =>
    [...readFileSync(`${DIST}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
  );
  return urls.map((u) => new URL(u).pathname).sort();
}

/** One page of each kind the site has (the 404 page last): the CSP, 320 px and other per-kind checks walk them all. */
export const PAGE_KINDS = [
  '/',
  '/codes/550/',
  '/codes/',
  '/classes/5yz/',
  '/categories/x2z/',
  '/rfcs/',
  '/rfcs/959/',
  '/servers/',
  '/servers/vsftpd-3.0/',
  '/commands/',
  '/commands/RETR/',
  '/clients/',
  '/clients/curl/',
  '/guides/',
  '/guides/passive-mode/',
  '/decode/',
  '/search/',
  '/data/',
  '/reply/550/',
] as const;

/** The rules every page must pass: WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// axe-core as @axe-core/playwright ships it. It is put into each page by an init script and run there directly:
// AxeBuilder injects it again on every call and finishes each run in a second page, ~1.5 s a page on two cores
// against ~0.3 s this way, which is what makes a pass over every URL of the sitemap affordable.
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available in every document this page loads from now on. */
export async function withAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

interface Axe {
  run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

/** axe's violations on the page as it is now, one line each ("rule: selector, selector"). */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}
