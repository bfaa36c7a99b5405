import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { buildDataset } from '../../lib/reference/dataset.ts';

/** The site's root URL with its base path: the dataset's links are absolute. */
export const siteRoot = (site: URL | undefined): string =>
  new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(buildDataset(await loadReference(), siteRoot(site)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
