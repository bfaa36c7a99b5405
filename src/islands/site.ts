/** What the islands share about the page they run on: the site's root path and the browser payload. */
import type { BrowserPayload } from '../lib/reference/payload.ts';

/** The site's root path ("/" or a base such as "/ftp/"), read from <html data-js="…/js/">. */
export const root = (document.documentElement.dataset.js ?? '/js/').replace(/js\/$/, '');

let loaded: Promise<BrowserPayload> | undefined;

/** The payload embedded in the page when there is one, else the static copy, fetched once (no user text in it). */
export function payload(): Promise<BrowserPayload> {
  const embedded = document.querySelector('script[type="application/json"][data-payload]')?.textContent;
  loaded ??= embedded ? Promise.resolve(JSON.parse(embedded) as BrowserPayload) : fetch(`${root}data/payload.json`).then((r) => r.json() as Promise<BrowserPayload>);
  return loaded;
}
