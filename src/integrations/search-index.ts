/**
 * An Astro integration that writes the Pagefind index when the build is done: one compact record per page, projected
 * from the read model (src/lib/reference/search.ts), added with Pagefind's Node API. No built HTML is scraped.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadContent } from '../node/content.ts';
import { buildReference } from '../lib/reference/model.ts';
import { recordHtml, searchRecords } from '../lib/reference/search.ts';

const failed = (step: string, errors: readonly string[]) => new Error(`pagefind ${step}: ${errors.join('; ')}`);

export function searchIndex(): AstroIntegration {
  return {
    name: 'ftp-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(new URL('pagefind/', dir));
        const records = searchRecords(buildReference(loadContent()));
        rmSync(out, { recursive: true, force: true });
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw failed('createIndex', errors);
        try {
          for (const r of records) {
            const added = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
            if (added.errors.length) throw failed(r.url, added.errors);
          }
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw failed('writeFiles', written.errors);
        } finally {
          await pagefind.close();
        }
        logger.info(`${records.length} records → ${out} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
