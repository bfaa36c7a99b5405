/**
 * Search island: loaded on intent (focus on a search box or "/"). A bare number is answered at once from the
 * small code list, without the Pagefind index; words go to Pagefind, loaded on first use.
 */
import { islandCatalog, root } from './site.ts';
import { matchCodeQuery } from '../lib/search-query.ts';
import { ui } from '../i18n/en.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string[]> }): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${root}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: root, excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Pagefind excerpts are HTML with <mark>; keep only text and marks, never markup from the index. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else {
      out.push(document.createTextNode(n.textContent ?? ''));
    }
  });
  return out;
}

interface Hit {
  href: string;
  title: string;
  excerpt?: Node[];
}

function renderHits(list: HTMLElement, status: HTMLElement, term: string, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.href;
      a.textContent = hit.title;
      li.append(a);
      if (hit.excerpt?.length) {
        const p = document.createElement('p');
        p.className = 'muted';
        p.append(...hit.excerpt);
        li.append(p);
      }
      return li;
    }),
  );
  status.textContent = term === '' ? '' : hits.length ? `${hits.length} ${ui.searchResultsFor.toLowerCase()} “${term}”` : `${ui.searchNoResults} “${term}”`;
}

function filtersOf(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((s) => {
    if (s.value) filters[s.dataset.filter ?? s.name] = [s.value];
  });
  return filters;
}

async function query(form: HTMLFormElement, term: string): Promise<Hit[]> {
  const catalog = await islandCatalog();
  const numeric = matchCodeQuery(term, catalog.codes.map(([c]) => c));
  if (numeric.kind === 'code') {
    const entry = catalog.codes.find(([c]) => c === numeric.code);
    return [{ href: `${root}codes/${numeric.code}/`, title: `${numeric.code}: ${entry?.[1] ?? ''}` }];
  }
  if (numeric.kind === 'prefix') {
    return numeric.codes.map((c) => {
      const entry = catalog.codes.find(([x]) => x === c);
      return { href: `${root}codes/${c}/`, title: `${c}: ${entry?.[1] ?? ''}` };
    });
  }
  const pf = await loadPagefind();
  const found = await pf.search(term, { filters: filtersOf(form) });
  const data = await Promise.all((found?.results ?? []).slice(0, 16).map((r) => r.data()));
  // Codes in use before historic ones (stable): people searching words want today's reply.
  const historic = (d: PagefindResultData) => (d.filters?.status ?? []).includes(ui.statusHistoric);
  const ordered = [...data.filter((d) => !historic(d)), ...data.filter(historic)].slice(0, 10);
  return ordered.map((d) => ({ href: d.url, title: d.meta.title ?? d.url, excerpt: excerptNodes(d.excerpt) }));
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
  if (form.dataset.eager !== undefined && input.value === '') input.value = new URLSearchParams(location.search).get('q') ?? '';
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
  form.querySelectorAll('select[data-filter]').forEach((s) => s.addEventListener('change', () => void run()));
  form.addEventListener('submit', async (e) => {
    const term = input.value.trim();
    const catalog = await islandCatalog().catch(() => undefined);
    const numeric = catalog ? matchCodeQuery(term, catalog.codes.map(([c]) => c)) : undefined;
    if (numeric?.kind === 'code') {
      e.preventDefault();
      location.href = `${root}codes/${numeric.code}/`;
    } else if (form.dataset.eager !== undefined) {
      e.preventDefault();
      void run();
    }
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
