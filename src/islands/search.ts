/**
 * Search island: loaded on intent (focus on a search box or "/"). A bare number is answered at once from the
 * small code list, without the Pagefind index; words go to Pagefind, loaded on first use.
 */
import { payload, root } from './site.ts';
import { matchCodeQuery } from '../lib/reference/search-query.ts';
import { ui } from '../i18n/en.ts';
import styles from '../styles/search.css?inline';

interface PagefindResultData {
  url: string;
  meta: { title?: string; summary?: string };
  filters?: Record<string, string[]>;
}
/** Results shown in the header panel and on /search/; only these fetch their Pagefind fragment. */
const SHOWN = 8;

interface Pagefind {
  options(o: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string[]> }): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${root}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // The index is small: searching on the main thread saves downloading Pagefind's worker script.
    await pf.options({ baseUrl: root, noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefind;
}

interface Hit {
  href: string;
  title: string;
  /** One line under the title: the page's summary (the index holds word lists, not prose to excerpt). */
  summary?: string | undefined;
}

function renderHits(list: HTMLElement, status: HTMLElement, term: string, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.href;
      a.textContent = hit.title;
      li.append(a);
      if (hit.summary) {
        const p = document.createElement('p');
        p.className = 'muted';
        p.textContent = hit.summary.length > 160 ? `${hit.summary.slice(0, 159)}…` : hit.summary;
        li.append(p);
      }
      return li;
    }),
  );
  status.textContent =
    term === ''
      ? ''
      : hits.length
        ? `${hits.length} ${ui.searchResultsFor.toLowerCase()} “${term}”`
        : `${ui.searchNoResults} “${term}”`;
}

function filtersOf(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((s) => {
    if (s.value) filters[s.dataset.filter ?? s.name] = [s.value];
  });
  return filters;
}

async function query(form: HTMLFormElement, term: string): Promise<Hit[]> {
  // Only a number can name a code: words go straight to Pagefind, without the code list.
  if (!/^\d/.test(term)) return words(form, term);
  const catalog = await payload();
  const numeric = matchCodeQuery(
    term,
    catalog.codes.map((c) => c.code),
  );
  if (numeric.kind === 'code') {
    const entry = catalog.codes.find((c) => c.code === numeric.code);
    return [{ href: `${root}codes/${numeric.code}/`, title: `${numeric.code}: ${entry?.title ?? ''}` }];
  }
  if (numeric.kind === 'prefix') {
    return numeric.codes.map((c) => {
      const entry = catalog.codes.find((x) => x.code === c);
      return { href: `${root}codes/${c}/`, title: `${c}: ${entry?.title ?? ''}` };
    });
  }
  return words(form, term);
}

async function words(form: HTMLFormElement, term: string): Promise<Hit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(term, { filters: filtersOf(form) });
  // Ranking already puts codes in use above historic ones (page weights), so only the shown results are fetched.
  const data = await Promise.all((found?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
  return data.map((d) => ({ href: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary }));
}

function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced !== undefined) return;
  form.dataset.enhanced = '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  let panel = form.querySelector<HTMLElement>('[data-results]');
  if (!panel) {
    panel = document.createElement('div');
    panel.className = 'search-panel';
    panel.dataset.results = '';
    form.append(panel);
  }
  let status = panel.querySelector<HTMLElement>('[role="status"]');
  if (!status) {
    status = document.createElement('p');
    status.setAttribute('role', 'status');
    panel.append(status);
  }
  let list = panel.querySelector<HTMLElement>('ol');
  if (!list) {
    list = document.createElement('ol');
    list.className = 'search-results';
    panel.append(list);
  }
  if (form.dataset.eager !== undefined && input.value === '')
    input.value = new URLSearchParams(location.search).get('q') ?? '';
  const statusEl = status;
  const listEl = list;
  let seq = 0;
  const run = async () => {
    const term = input.value.trim();
    const mine = ++seq;
    if (term === '') {
      renderHits(listEl, statusEl, '', []);
      return;
    }
    const hits = await query(form, term);
    if (mine === seq) renderHits(listEl, statusEl, term, hits);
  };
  input.addEventListener('input', () => void run());
  form.querySelectorAll('select[data-filter]').forEach((s) => {
    s.addEventListener('change', () => void run());
  });
  // A code number goes straight to its page; on /search/ the results stay here; anything else submits to /search/.
  // The default is prevented before any await: later would be too late to stop the form.
  form.addEventListener('submit', (e) => {
    const term = input.value.trim();
    if (!/^\d/.test(term) && form.dataset.eager === undefined) return;
    e.preventDefault();
    void payload()
      .catch(() => undefined)
      .then((catalog) => {
        const numeric = catalog
          ? matchCodeQuery(
              term,
              catalog.codes.map((c) => c.code),
            )
          : undefined;
        if (numeric?.kind === 'code') location.href = `${root}codes/${numeric.code}/`;
        else if (form.dataset.eager !== undefined) void run();
        else form.submit();
      });
  });
  form.addEventListener('keydown', (e) => {
    const links = [...listEl.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : links[at - 1])?.focus();
    } else if (e.key === 'Escape') {
      renderHits(listEl, statusEl, '', []);
      input.focus();
    }
  });
  // Warm the index while the reader types the first word.
  input.addEventListener('keydown', () => void loadPagefind(), { once: true });
  if (input.value.trim()) void run();
}

export function start(e?: Event): void {
  // A constructed sheet, not a <style> element: the CSP admits only the inline styles it has hashes for.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);
  addEventListener('keydown', (ev) => {
    const t = ev.target;
    if (ev.key === '/' && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) {
      ev.preventDefault();
      document.querySelector<HTMLInputElement>('#site-search')?.focus();
    }
  });
  if (e?.type === 'keydown') document.querySelector<HTMLInputElement>('#site-search')?.focus();
}
