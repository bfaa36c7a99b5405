/**
 * The /theme/ page: remembers light, dark or the system setting. The header's theme buttons submit here
 * (?set=dark&back=/codes/550/); this module saves the choice, starts or stops the theme worker
 * (theme-worker.ts) and returns the reader to the page they came from. No page needs any JavaScript for it.
 */
import { root } from './site.ts';
import { themeUi } from '../i18n/en.ts';
import { savedTheme, THEME_CACHE, themeKey } from './theme-store.ts';

type Theme = 'light' | 'dark' | 'system';
const scope = `${location.origin}${root}`;

async function current(): Promise<Theme> {
  return ('caches' in window ? await savedTheme(scope) : null) ?? 'system';
}

/** Saves the choice; false when the browser will not let the site remember it (no service workers). */
async function save(theme: Theme): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return theme === 'system';
  const cache = await caches.open(THEME_CACHE);
  if (theme === 'system') {
    await cache.delete(themeKey(scope));
    await (await navigator.serviceWorker.getRegistration(root))?.unregister();
    return true;
  }
  await cache.put(themeKey(scope), new Response(theme));
  await navigator.serviceWorker.register(`${root}sw.js`, { scope: root });
  await navigator.serviceWorker.ready;
  return true;
}

/** Only a path on this site is a place to go back to. */
function backTo(value: string | null): string | null {
  if (!value) return null;
  const url = new URL(value, location.href);
  return url.origin === location.origin && url.pathname.startsWith(root) ? url.pathname + url.search + url.hash : null;
}

async function start(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-theme-form]');
  const status = document.querySelector<HTMLElement>('[data-theme-status]');
  if (!form || !status) return;
  document.querySelector<HTMLElement>('[data-theme-needs-js]')?.remove();
  const params = new URLSearchParams(location.search);
  const wanted = params.get('set');
  const back = backTo(params.get('back'));
  if (wanted === 'light' || wanted === 'dark' || wanted === 'system') {
    let ok = false;
    try {
      ok = await save(wanted);
    } catch {
      ok = false;
    }
    if (ok && back) return location.replace(back);
    status.textContent = ok ? themeUi.saved[wanted] : themeUi.notSaved;
    if (ok) document.documentElement.dataset.theme = wanted === 'system' ? '' : wanted;
    history.replaceState(null, '', location.pathname);
  }
  const theme = await current();
  form.querySelector<HTMLInputElement>(`input[value="${theme}"]`)?.click();
  form.dataset.ready = '';
}

void start();
