import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { browserActions } from '../../lib/reference/payload.ts';

/** The second part of the browser payload: what to do, by failure code; the log decoder fetches it on a first failure. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(browserActions(await loadReference())), {
    headers: { 'Content-Type': 'application/json' },
  });
