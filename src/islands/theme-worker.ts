/**
 * The service worker behind the theme choice. Pages carry no JavaScript, so nothing on a page can apply a saved
 * theme before first paint; instead, once a reader picks light or dark on /theme/, this worker adds
 * data-theme="…" to the <html> tag of every page as it arrives. It caches nothing and changes nothing else; with no
 * saved choice it steps aside. /theme/ removes it again when the reader goes back to the system setting.
 */
import { savedTheme } from './theme-store.ts';

// The few service-worker types used here (the project's DOM typings must not turn into worker typings).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

async function themed(request: Request): Promise<Response> {
  const [theme, response] = await Promise.all([savedTheme(worker.registration.scope), fetch(request)]);
  if (!theme || response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = (await response.text()).replace(/^(<!DOCTYPE html>\s*<html)\b/i, `$1 data-theme="${theme}"`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate' && event.request.method === 'GET') event.respondWith(themed(event.request));
});
