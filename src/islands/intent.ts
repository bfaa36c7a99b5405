/**
 * The one script of a page with islands (Base.astro bundles it through Vite). It is small on purpose: an island's
 * code is imported only when the reader shows intent — focus, typing or a pointer inside an element marked
 * data-island="name" ("/" focuses the search box: src/layouts/theme.js) — or at once for a widget marked data-eager
 * (the page exists for it). Code pages import it only on focus in their search box (HeaderSearch.astro).
 */
type Island = { start(e?: Event): void };
const islands: Record<string, (() => Promise<Island>) | undefined> = {
  search: () => import('./search.ts'),
  decoder: () => import('./decoder.ts'),
  table: () => import('./table.ts'),
  log: () => import('./log.ts'),
};
const started = new Map<string, Promise<void>>();

/** Starts an island once, with the event that showed intent (so that it can catch up with a first keystroke). */
function load(name: string | undefined, e?: Event): void {
  const get = name === undefined ? undefined : islands[name];
  if (name === undefined || !get || started.has(name)) return;
  started.set(
    name,
    get().then((island) => {
      island.start(e);
    }),
  );
}

const intent = (e: Event) => {
  const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-island]') : null;
  if (el) load(el.dataset.island, e);
};
for (const type of ['focusin', 'input', 'pointerdown']) addEventListener(type, intent, true);
// Module scripts run once the document is parsed: the eager widgets are all there. Imported late (a code page imports
// this on focus), the island the reader is already in starts too.
document.querySelectorAll<HTMLElement>('[data-island][data-eager]').forEach((el) => {
  load(el.dataset.island);
});
load(document.activeElement?.closest<HTMLElement>('[data-island]')?.dataset.island);

// Older versions of the site kept the theme with a service worker: remove it (theme.js keeps the choice it made).
// (navigator.serviceWorker is missing outside secure contexts.)
if ('serviceWorker' in navigator) {
  void navigator.serviceWorker.getRegistrations().then((all) => {
    for (const r of all) void r.unregister();
  });
}
