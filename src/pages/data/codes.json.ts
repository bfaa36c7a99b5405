import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { dataset } from '../../lib/dataset.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dataset(await loadCatalog(), siteRoot(site)), null, 2), { headers: { 'Content-Type': 'application/json' } });

export function siteRoot(site: URL | undefined): string {
  return new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;
}
