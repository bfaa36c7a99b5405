/**
 * Search island: loaded on intent (focus in a search box; "/" focuses it, src/layouts/theme.js). A bare number is
 * answered at once from the small code list, without the Pagefind index. Anything else is read as a question or a
 * pasted line (search-query.ts readQuery): the code it names comes first, then the server messages and client lines
 * it matches (/data/messages.json, fetched once when a query has a code or two words), then Pagefind's pages holding
 * every word, re-ranked so that standard codes come before historic and non-standard ones, and when too few pages
 * hold every word, the pages holding the most distinctive of them (mergePartial).
 * The header's panel behaves as a combobox's list: it closes on Escape (a second Escape clears the box), on a click
 * outside and when focus leaves the form. On /search/ (data-eager) the address follows the query and filters.
 */
import type { Status } from '../schemas/common.ts';
import { payload, root } from './site.ts';
import { matchCodeQuery, mergePartial, readQuery, rerank, socketErrorCode } from '../lib/reference/search-query.ts';
import type { Hit } from './search-paste.ts';
import { searchCount, statusLabel, ui } from '../i18n/en.ts';
import styles from '../styles/search.css?inline';

interface PagefindResultData {
  url: string;
  meta: { title?: string; summary?: string };
}
/** Results shown in the header panel and on /search/; only these fetch their Pagefind fragment. */
const SHOWN = 8;

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

let statuses: Promise<Map<string, Status>> | undefined;

/** The status of every code page that is not standard, by Pagefind id: one filter-only search per status, once. */
function statusOf(pf: Pagefind): Promise<Map<string, Status>> {
  statuses ??= Promise.all(
    (['extension', 'nonstandard', 'historic'] as const).map(async (s) => {
      const found = await pf.search(null, { filters: { status: [statusLabel[s]] } });
      return (found?.results ?? []).map((r) => [r.id, s] as const);
    }),
  ).then((lists) => new Map(lists.flat()));
  return statuses;
}

interface Found {
  hits: Hit[];
  total: number;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function renderHits(panel: HTMLElement, term: string, { hits, total }: Found): void {
  const status = panel.querySelector('[role="status"]');
  const list = panel.querySelector('ol');
  if (!status || !list) return;
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      li.append(link(hit.href, hit.title));
      if (hit.summary) {
        const p = document.createElement('p');
        p.className = 'muted';
        p.textContent = hit.summary.length > 160 ? `${hit.summary.slice(0, 159)}…` : hit.summary;
        li.append(p);
      }
      if (hit.fix) {
        const p = document.createElement('p');
        p.textContent = `${ui.searchFix} ${hit.fix}`;
        li.append(p);
      }
      return li;
    }),
  );
  status.textContent = term && `${hits.length ? searchCount(total, hits.length) : ui.searchNoResults} “${term}”.`;
  // No result is not a dead end: pasted replies and logs belong in the decoder, and every code is listed.
  if (term && !hits.length)
    status.append(
      ` ${ui.searchHelpPaste} `,
      link(`${root}decode/`, ui.searchHelpDecoder),
      ` ${ui.searchHelpOr} `,
      link(`${root}codes/`, ui.searchHelpCodes),
      '.',
    );
}

function filtersOf(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  form.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((s) => {
    if (s.value) filters[s.dataset.filter ?? s.name] = [s.value];
  });
  return filters;
}

async function codeHit(code: number): Promise<Hit> {
  const entry = (await payload()).codes.find((x) => x.code === code);
  return { href: `${root}codes/${code}/`, title: `${code}: ${entry?.title ?? ''}` };
}

async function query(form: HTMLFormElement, term: string): Promise<Found> {
  const catalog = /^\d+$|\d{3}/.test(term) || socketErrorCode(term) !== null ? await payload() : undefined;
  if (/^\d+$/.test(term) && catalog) {
    const numeric = matchCodeQuery(
      term,
      catalog.codes.map((c) => c.code),
    );
    if (numeric.kind !== 'words') {
      const codes = numeric.kind === 'code' ? [numeric.code] : numeric.codes;
      const hits = await Promise.all(codes.map(codeHit));
      return { hits, total: hits.length };
    }
  }
  const codes = new Set(catalog?.codes.map((c) => c.code));
  const q = readQuery(term, (n) => codes.has(n));
  // The known messages and their matcher load only for a query with a code or two words.
  const [found, paste] = await Promise.all([
    words(form, q.terms),
    q.code !== null || q.terms.length > 1 ? import('./search-paste.ts').then((m) => m.pasted(term, q.code)) : undefined,
  ]);
  const code = paste?.code ?? q.code;
  const top = [...(code === null ? [] : [await codeHit(code)]), ...(paste?.hits ?? [])];
  const seen = new Set(top.map((h) => h.href));
  const rest = found.hits.filter((h) => !seen.has(h.href));
  return {
    hits: [...top, ...rest].slice(0, SHOWN),
    total: top.length + found.total - (found.hits.length - rest.length),
  };
}

let pages: Promise<number> | undefined;

/** How many pages the index holds (every record has a kind), for how rare a word is. */
function pageCount(pf: Pagefind): Promise<number> {
  pages ??= pf
    .filters()
    .then((f) => Object.values(f.kind ?? {}).reduce((a, b) => a + b, 0) || 200)
    .catch(() => 200);
  return pages;
}

async function words(form: HTMLFormElement, terms: readonly string[]): Promise<Found> {
  if (!terms.length) return { hits: [], total: 0 };
  const pf = await loadPagefind();
  const filters = filtersOf(form);
  const [found, status] = await Promise.all([pf.search(terms.join(' '), { filters }), statusOf(pf)]);
  const all = rerank(found?.results ?? [], status);
  let ranked = all;
  // Too few pages hold every word: add those holding the most distinctive of them.
  if (all.length < 3 && terms.length > 1) {
    const perWord = await Promise.all(terms.map(async (t) => (await pf.search(t, { filters }))?.results ?? []));
    const ids = new Set(all.map((r) => r.id));
    const partial = mergePartial(perWord, await pageCount(pf)).filter((r) => !ids.has(r.id));
    ranked = [...all, ...rerank(partial, status)];
  }
  // Only the shown results fetch their fragment.
  const data = await Promise.all(ranked.slice(0, SHOWN).map((r) => r.data()));
  const hits = data.map((d) => ({ href: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary }));
  return { hits, total: ranked.length };
}

/** The code page a term names, if it names one (three digits of a known code). */
async function codePage(term: string): Promise<string | undefined> {
  if (!/^\d{3}$/.test(term)) return undefined;
  const catalog = await payload().catch(() => undefined);
  const numeric =
    catalog &&
    matchCodeQuery(
      term,
      catalog.codes.map((c) => c.code),
    );
  return numeric?.kind === 'code' ? `${root}codes/${numeric.code}/` : undefined;
}

function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced !== undefined) return;
  form.dataset.enhanced = '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const eager = form.dataset.eager !== undefined;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  let panel = form.querySelector<HTMLElement>('[data-results]');
  if (!panel) {
    panel = document.createElement('div');
    panel.className = 'search-panel';
    panel.id = `${input.id}-results`;
    panel.dataset.results = '';
    panel.hidden = true;
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const list = document.createElement('ol');
    list.className = 'search-results';
    list.setAttribute('aria-label', ui.searchResults);
    panel.append(status, list);
    form.append(panel);
    input.setAttribute('aria-controls', panel.id);
    // A click on a result must not blur the box first (Safari does not focus links on click): the panel would close.
    panel.addEventListener('mousedown', (e) => {
      e.preventDefault();
    });
  }
  const box = panel;
  const open = (yes: boolean) => {
    if (!eager) box.hidden = !yes;
  };
  if (eager) {
    const params = new URLSearchParams(location.search);
    if (input.value === '') input.value = params.get('q') ?? '';
    for (const s of selects) s.value = params.get(s.name) ?? s.value;
  }
  let seq = 0;
  const run = async () => {
    const term = input.value.trim();
    const mine = ++seq;
    if (eager) {
      // The address follows the search (replaceState: no history entry per keystroke), without empty parameters.
      const params = new URLSearchParams();
      if (term) params.set('q', term);
      for (const s of selects) if (s.value) params.set(s.name, s.value);
      const qs = params.toString();
      history.replaceState(history.state, '', qs ? `?${qs}` : location.pathname);
    }
    const found = term === '' ? { hits: [], total: 0 } : await query(form, term);
    if (mine !== seq) return;
    renderHits(box, term, found);
    open(term !== '');
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('click', () => {
    open(input.value.trim() !== '');
  });
  for (const s of selects) s.addEventListener('change', () => void run());
  // A code number goes straight to its page; on /search/ the results stay here; other words submit to /search/
  // (the header form has no other field). The default is prevented before any await: later would be too late.
  form.addEventListener('submit', (e) => {
    const term = input.value.trim();
    if (!/^\d/.test(term) && !eager) return;
    e.preventDefault();
    void codePage(term).then((page) => {
      if (page) location.href = page;
      else if (eager) void run();
      else location.href = `${form.action}?${new URLSearchParams({ q: term }).toString()}`;
    });
  });
  form.addEventListener('keydown', (e) => {
    const links = [...box.querySelectorAll<HTMLAnchorElement>('ol a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      open(true);
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : links[at - 1])?.focus();
    } else if (e.key === 'Escape') {
      // As in the WAI-ARIA combobox: the first Escape closes the list and keeps the words, the next clears them.
      e.preventDefault();
      input.focus();
      if (!eager && !box.hidden) open(false);
      else if (input.value) {
        input.value = '';
        void run();
      }
    }
  });
  addEventListener('pointerdown', (e) => {
    if (!(e.target instanceof Node && form.contains(e.target))) open(false);
  });
  form.addEventListener('focusout', (e) => {
    if (e.relatedTarget instanceof Node && !form.contains(e.relatedTarget)) open(false);
  });
  // Warm the index while the reader types the first word.
  input.addEventListener('keydown', () => void loadPagefind(), { once: true });
  const term = input.value.trim();
  // Arriving with a code's number (a form sent before this island loaded): its page is the answer.
  if (eager)
    void codePage(term).then((page) => {
      if (page) location.replace(page);
    });
  if (term) void run();
}

export function start(): void {
  // A constructed sheet, not a <style> element: the CSP admits only the inline styles it has hashes for.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(enhance);
}
