import { readFileSync, readdirSync } from 'node:fs';

const DIST = process.env.OUT_DIR ?? 'dist';

/** Every page path listed in the built sitemap(s), relative to the site root ("/codes/550/"). */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...readFileSync(`${DIST}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  return urls.map((u) => new URL(u).pathname).sort();
}
