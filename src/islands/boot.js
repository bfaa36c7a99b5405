// Inlined into every page (no request). Applies the saved theme before first paint, and loads an island only when
// the reader shows intent: focus or typing inside an element marked data-island="name", or "/" for search.
(() => {
  const d = document.documentElement;
  try { const t = localStorage.getItem('theme'); if (t === 'dark' || t === 'light') d.dataset.theme = t; } catch {}
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
  addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
    if (!b) return;
    const dark = b.getAttribute('aria-pressed') !== 'true';
    d.dataset.theme = dark ? 'dark' : 'light';
    b.setAttribute('aria-pressed', String(dark));
    try { localStorage.setItem('theme', d.dataset.theme); } catch {}
  });
  addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-island][data-eager]').forEach((el) => load(el.dataset.island));
    const b = document.querySelector('[data-theme-toggle]');
    if (!b) return;
    b.hidden = false;
    const dark = d.dataset.theme ? d.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    b.setAttribute('aria-pressed', String(dark));
  });
})();
