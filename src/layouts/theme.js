// Inlined in the <head> of every page by Base.astro (minified, its hash in the CSP: see astro.config.mjs), so it runs
// before first paint: it applies the saved theme, marks <html data-js> (CSS shows the theme button only then) and
// handles the button: system → the other scheme → the same scheme → system. Storage may be blocked: then the choice
// lasts for the page. A theme already on the page (set by the service worker of older versions, which
// src/islands/intent.ts removes) is kept as the saved choice.
// It is also the part of search that code pages need before any script file (they load none before intent; budget
// 400 B gzip for all of this): "/" outside a form field focuses the search box, and focus on a form that names a
// script in data-load (a code page's header search, src/components/HeaderSearch.astro) imports it: the intent loader,
// which then starts the search island.
(() => {
  const d = document.documentElement.dataset;
  const on = addEventListener;
  const use = (t, save) => {
    if (t === 'light' || t === 'dark') d.theme = t;
    else delete d.theme;
    try {
      if (save) localStorage.theme = t ?? '';
    } catch {
      // Storage blocked: the choice lasts for this page.
    }
  };
  try {
    const saved = localStorage.theme;
    use(saved ?? d.theme, saved == null && d.theme);
  } catch {
    // Storage blocked: follow the system setting.
  }
  d.js = '';
  on('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    const cycle = ['', 'dark', 'light', ''];
    if (matchMedia('(prefers-color-scheme: dark)').matches) cycle.reverse();
    use(cycle[cycle.indexOf(d.theme ?? '') + 1], true);
  });
  // Form fields have a value; nothing else on the site is editable.
  on('keydown', (e) => {
    if (e.key == '/' && e.target.value == null) {
      e.preventDefault();
      document.getElementById('site-search')?.focus();
    }
  });
  on('focusin', (e) => {
    const url = e.target.form?.dataset.load;
    if (url) import(url);
  });
})();
