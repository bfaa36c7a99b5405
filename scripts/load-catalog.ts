/**
 * The decoder's data for the CLI, scripts and tests: content/ read by the Node loader (same files and schemas as the
 * site), built into the read model, projected to the browser payload: the same object the decoder gets in the browser.
 */
import { loadContent, loadServers } from '../src/node/content.ts';
import type { NormalCatalog } from '../src/lib/decoder/advice.ts';
import { buildReference, type Reference } from '../src/lib/reference/model.ts';
import { browserActions, browserPayload, browserServers, decoderCatalog } from '../src/lib/reference/payload.ts';
import { serverRecogniser } from '../src/lib/decoder/server.ts';
import type { ServerRecogniser } from '../src/lib/decoder/messages.ts';

let reference: Reference | undefined;

/** The read model of the repository's content/, built once per process. */
export function loadReference(): Reference {
  reference ??= buildReference(loadContent());
  return reference;
}

/**
 * What decode() reads, from the browser payload of the repository's content/ and its what-to-do texts. Built without
 * content/clients/, which the catalog does not use, and without content/servers/ unless `servers` asks for them (to
 * name a log's server and explain known server messages, as the CLI does; reading them costs a few tenths of a
 * second).
 */
export function loadCatalog(options: { servers?: boolean } = {}): { catalog: NormalCatalog } {
  const ref = reference ?? buildReference(loadContent(undefined, { servers: false, clients: false }));
  const recogniser = options.servers === true ? loadServerRecogniser() : undefined;
  return { catalog: decoderCatalog(browserPayload(ref), browserActions(ref), recogniser) };
}

/** What names a log's server, from content/servers/ alone (the same projection the page fetches). */
export function loadServerRecogniser(): ServerRecogniser {
  return serverRecogniser(browserServers({ servers: reference?.servers ?? loadServers() }));
}
