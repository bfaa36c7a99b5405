import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { browserPayload } from '../../lib/reference/payload.ts';

/** The browser payload the islands fetch, once and on intent, on pages that do not embed it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(browserPayload(await loadReference())), {
    headers: { 'Content-Type': 'application/json' },
  });
