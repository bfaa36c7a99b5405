/**
 * The one place pages read the collections: loads them once and builds the shared catalogue.
 * Pages stay thin; the catalogue logic itself is pure and lives in src/lib/catalog.ts.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= (async () =>
    buildCatalog({
      classes: await getCollection('classes'),
      categories: await getCollection('categories'),
      codes: await getCollection('codes'),
    }))();
  return cached;
}

/** A path inside the site, honouring the base path (deployments in a subfolder such as /ftp/). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
