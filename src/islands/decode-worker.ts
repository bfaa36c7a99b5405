/**
 * The log decoder's Web Worker: decode() off the page's main thread, so that a 5 MB log never freezes the page.
 * A module worker bundled by Vite as a chunk of its own (log.ts creates it on first intent). It receives the browser
 * payload (and the what-to-do texts once fetched) from the page, never fetches anything, and answers each decode with
 * a head and parts (decode-parts.ts).
 */
import { decode } from '../lib/decoder/decode.ts';
import { formatByName } from '../lib/decoder/formats/index.ts';
import { decoderCatalog } from '../lib/reference/payload.ts';
import { parts, type ToWorker } from './decode-parts.ts';

/** The worker's global scope, typed by hand: the project's types are the DOM's (the webworker lib clashes with them). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: unknown): void;
};
/** The catalog, ready once the server matcher (its own chunk, only when the servers' texts came) has loaded. */
let catalog: Promise<ReturnType<typeof decoderCatalog>> | undefined;

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'catalog') {
    const { payload, texts, servers } = m;
    catalog = servers
      ? import('../lib/decoder/server.ts').then((s) => decoderCatalog(payload, texts, s.serverRecogniser(servers)))
      : Promise.resolve(decoderCatalog(payload, texts));
    return;
  }
  const ready = catalog;
  if (!ready) return;
  void ready.then((c) => {
    const result = decode(m.text, c, { format: m.format });
    for (const part of parts(m.id, result, formatByName(result.input).label)) scope.postMessage(part);
  });
};
