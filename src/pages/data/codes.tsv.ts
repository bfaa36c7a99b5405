import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { buildDataset, datasetTsv } from '../../lib/reference/dataset.ts';
import { siteRoot } from './codes.json.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(datasetTsv(buildDataset(await loadReference(), siteRoot(site))), {
    headers: { 'Content-Type': 'text/tab-separated-values' },
  });
