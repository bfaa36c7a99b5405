import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { browserServers } from '../../lib/reference/payload.ts';

/** The third part of the browser payload: the servers' greetings and explained messages; the log decoder fetches it to name a log's server. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(browserServers(await loadReference())), {
    headers: { 'Content-Type': 'application/json' },
  });
