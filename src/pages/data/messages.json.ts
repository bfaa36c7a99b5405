import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { pasteData } from '../../lib/reference/search-paste.ts';

/** The known messages search matches a pasted line against (src/lib/reference/search-paste.ts), fetched on intent. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(pasteData(await loadReference())), {
    headers: { 'Content-Type': 'application/json' },
  });
