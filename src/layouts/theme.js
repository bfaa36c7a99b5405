// Inlined in the <head> of every page by Base.astro (minified, its hash in the CSP: see astro.config.mjs), so it runs
// before first paint: it applies the saved theme, marks <html data-js> (CSS shows the theme button only then) and
// handles the button: system → the other scheme → the same scheme → system. It also removes the theme service worker
// that older versions of the site installed (keeping the choice it had put on the page).
(() => {
  const d = document.documentElement;
  const sw = navigator.serviceWorker;
  const use = (t) => (t === 'light' || t === 'dark' ? (d.dataset.theme = t) : delete d.dataset.theme);
  const save = (t) => {
    try {
      localStorage.theme = t;
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  };
  try {
    use(localStorage.theme ?? d.dataset.theme);
  } catch {
    // Storage blocked: follow the system setting.
  }
  if (sw?.controller) {
    save(d.dataset.theme ?? '');
    sw.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
  }
  d.dataset.js = '';
  addEventListener('click', (e) => {
    if (!e.target.closest?.('[data-theme-toggle]')) return;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const cycle = dark ? ['', 'light', 'dark', ''] : ['', 'dark', 'light', ''];
    const next = cycle[cycle.indexOf(d.dataset.theme ?? '') + 1];
    use(next);
    save(next);
  });
})();
