import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { dataset, datasetTsv } from '../../lib/dataset.ts';
import { siteRoot } from './codes.json.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(datasetTsv(dataset(await loadCatalog(), siteRoot(site))), { headers: { 'Content-Type': 'text/tab-separated-values' } });
