import type { APIRoute } from 'astro';
import { loadReference } from '../../data/reference.ts';
import { pasteData, toRow, type PasteFile } from '../../lib/reference/search-paste.ts';

/** The known messages search matches a pasted line against (src/lib/reference/search-paste.ts), fetched on intent. */
export const GET: APIRoute = async () => {
  const data = pasteData(await loadReference());
  const file: PasteFile = { ...data, messages: data.messages.map(toRow) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
