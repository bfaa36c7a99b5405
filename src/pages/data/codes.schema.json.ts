import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../lib/reference/dataset.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(datasetJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/json' } });
