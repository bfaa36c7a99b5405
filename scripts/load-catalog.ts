/**
 * The decoder's data for the CLI, scripts and tests: content/ read by the Node loader (same files and schemas as the
 * site), built into the read model, projected to the browser payload: the same object the decoder gets in the browser.
 */
import { loadContent } from '../src/node/content.ts';
import type { NormalCatalog } from '../src/lib/decoder/advice.ts';
import { buildReference, type Reference } from '../src/lib/reference/model.ts';
import { browserActions, browserPayload, decoderCatalog } from '../src/lib/reference/payload.ts';

let reference: Reference | undefined;

/** The read model of the repository's content/, built once per process. */
export function loadReference(): Reference {
  reference ??= buildReference(loadContent());
  return reference;
}

/**
 * What decode() reads, from the browser payload of the repository's content/ and its what-to-do texts. Built without
 * content/servers/ and content/clients/, which the catalog does not use (reading them would add about half a second
 * to every CLI start).
 */
export function loadCatalog(): { catalog: NormalCatalog } {
  const ref = reference ?? buildReference(loadContent(undefined, { servers: false, clients: false }));
  return { catalog: decoderCatalog(browserPayload(ref), browserActions(ref)) };
}
