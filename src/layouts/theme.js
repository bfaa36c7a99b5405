// Inlined in the <head> of every page by Base.astro (minified, its hash in the CSP: see astro.config.mjs), so it runs
// before first paint: it applies the saved theme, marks <html data-js> (CSS shows the theme button only then) and
// handles the button: system → the other scheme → the same scheme → system. Storage may be blocked: then the choice
// lasts for the page. A theme already on the page (set by the service worker of older versions, which
// src/islands/intent.ts removes) is kept as the saved choice.
(() => {
  const d = document.documentElement;
  const use = (t, save) => {
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
    else delete d.dataset.theme;
    try {
      if (save) localStorage.theme = t ?? '';
    } catch {
      // Storage blocked: the choice lasts for this page.
    }
  };
  try {
    const saved = localStorage.theme;
    use(saved ?? d.dataset.theme, saved == null && d.dataset.theme);
  } catch {
    // Storage blocked: follow the system setting.
  }
  d.dataset.js = '';
  addEventListener('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    const cycle = matchMedia('(prefers-color-scheme: dark)').matches
      ? ['', 'light', 'dark', '']
      : ['', 'dark', 'light', ''];
    use(cycle[cycle.indexOf(d.dataset.theme ?? '') + 1], true);
  });
})();
