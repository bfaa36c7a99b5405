import type { APIRoute } from 'astro';
import { datasetSchema } from '../../lib/dataset.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(datasetSchema, null, 2), { headers: { 'Content-Type': 'application/json' } });
