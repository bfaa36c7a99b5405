/** What the islands share about the page they run on: the site's root path and the browser payload. */
import type { BrowserPayload } from '../lib/reference/payload.ts';

/** The site's root path ("/" or a base such as "/ftp/"), as Vite knows it at build time. */
export const root = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let loaded: Promise<BrowserPayload> | undefined;

/** The payload embedded in the page when there is one, else the static copy, fetched once (no user text in it). */
export function payload(): Promise<BrowserPayload> {
  const embedded = document.querySelector('script[type="application/json"][data-payload]');
  loaded ??= embedded
    ? Promise.resolve(JSON.parse(embedded.textContent) as BrowserPayload)
    : fetch(`${root}data/payload.json`).then((r) => r.json() as Promise<BrowserPayload>);
  return loaded;
}
