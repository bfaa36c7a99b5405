// Inlined into pages that have islands (code pages have none). Loads an island only when the reader shows intent:
// focus or typing inside an element marked data-island="name", or "/" for search. The theme needs no script here:
// see src/islands/theme-worker.ts.
(() => {
  const d = document.documentElement;
  const started = {};
  // Each island starts once, with the event that showed intent (so it can catch up with a first keystroke).
  const load = (name, e) => (started[name] ??= import(d.dataset.js + name + '.js').then((m) => m.start(e)));
  const intent = (e) => {
    const el = e.target instanceof Element && e.target.closest('[data-island]');
    if (el) load(el.dataset.island, e);
  };
  addEventListener('focusin', intent, true);
  addEventListener('input', intent, true);
  addEventListener('pointerdown', intent, true);
  addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || started.search) return;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
    e.preventDefault();
    load('search', e);
  });
  addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-island][data-eager]').forEach((el) => load(el.dataset.island));
  });
})();
