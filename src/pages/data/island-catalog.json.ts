import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { islandCatalog } from '../../lib/catalog.ts';

/** The compact catalogue the decoder and search islands fetch on pages that do not embed it. */
export const GET: APIRoute = async () => new Response(JSON.stringify(islandCatalog(await loadCatalog())), { headers: { 'Content-Type': 'application/json' } });
