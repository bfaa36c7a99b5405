/** What the islands share about the page they run on: the site's root path and the small code catalogue. */
import type { IslandCatalog } from '../lib/catalog.ts';

/** The site's root path ("/" or a base such as "/ftp/"), as Vite knows it at build time. */
export const root = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let catalog: Promise<IslandCatalog> | undefined;

/** The catalogue embedded in the page when there is one, else the static copy, fetched once (no user text in it). */
export function islandCatalog(): Promise<IslandCatalog> {
  const embedded = document.querySelector('script[type="application/json"][data-catalog]');
  catalog ??= embedded
    ? Promise.resolve(JSON.parse(embedded.textContent) as IslandCatalog)
    : fetch(`${root}data/island-catalog.json`).then((r) => r.json() as Promise<IslandCatalog>);
  return catalog;
}
