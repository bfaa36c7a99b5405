/**
 * The search records: one per indexable page, projected from the read model and the page view models (views.ts).
 * Pagefind indexes every occurrence of every word, and a first query downloads a whole index chunk (20 000 word
 * positions), so the index is built from compact records rather than from the pages themselves: a title and a
 * summary (shown in results, weighted), then each other word of the page's facts once. Every word is kept, "no",
 * "not", "too" and "the" included: Pagefind finds a page only when it holds every word of the query, so a word left
 * out of the records (and not out of the query) hid the page ("too many connections", issue 13). Keeping them cost
 * 4 kB of index in all and left the largest chunk, which the first query downloads, unchanged. Pure: the Astro
 * integration (src/integrations/search-index.ts) adds them to the index with Pagefind's Node API.
 */
import { clientReports, clientsView, clientView, reportNames } from './clients.ts';
import { commandsView, commandView } from './command-views.ts';
import type { Reference } from './model.ts';
import { serversView, serverView } from './server-views.ts';
import { guidesView, guideView } from './guides.ts';
import {
  categoryView,
  classView,
  codesView,
  codeView,
  homeView,
  rfcsView,
  rfcView,
  STATIC_PAGES,
  type PageMeta,
} from './views.ts';

export interface SearchRecord {
  /** Site-relative URL without the base, e.g. "/codes/550/". */
  url: string;
  title: string;
  summary: string;
  /** Words that should rank like the summary (the names servers and clients use for the code). */
  keywords: readonly string[];
  /**
   * Identifiers written as clients write them (`CURLE_REMOTE_ACCESS_DENIED`, `FtpStatusCode.NotLoggedIn`,
   * `curl: (78)`), indexed whole and weighted like the title: wordBag() would split them at `_` and `.`.
   */
  names?: readonly string[];
  /** The rest of the page's facts (causes, meanings, advice), reduced to a word list by wordBag(). */
  texts: readonly string[];
  /** Pagefind filters, e.g. { kind: ['code'], class: ['5yz'] }. */
  filters: Readonly<Record<string, readonly string[]>>;
  /** Historic codes rank below codes in use for the same words. */
  historic?: boolean;
}

/** Lower-cases and splits on anything but letters, digits and inner apostrophes or hyphens. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Each distinct word of `texts` once, in first-seen order, leaving out words that `already` has. */
export function wordBag(texts: readonly string[], already: readonly string[] = []): string {
  const seen = new Set(already.flatMap(words));
  const out: string[] = [];
  for (const w of texts.flatMap(words)) {
    if (seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out.join(' ');
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The small HTML document Pagefind indexes for one record (never served; it only feeds the index). */
export function recordHtml(r: SearchRecord): string {
  const [title, summary] = r.historic ? ['1', '0.7'] : ['5', '2'];
  const filters = Object.entries(r.filters).flatMap(([k, vs]) =>
    vs.map((v) => `<span data-pagefind-filter="${escape(k)}:${escape(v)}"></span>`),
  );
  const keywords = wordBag(r.keywords, [r.title, r.summary]);
  const rest = wordBag(r.texts, [r.title, r.summary, ...r.keywords]);
  return [
    '<!doctype html><html lang="en"><head><title>',
    escape(r.title),
    '</title></head><body><main data-pagefind-body>',
    ...filters,
    `<h1 data-pagefind-weight="${title}">${escape(r.title)}</h1>`,
    `<p data-pagefind-weight="${summary}" data-pagefind-meta="summary">${escape(r.summary)}</p>`,
    keywords ? `<p data-pagefind-weight="${summary}">${escape(keywords)}</p>` : '',
    r.names?.length ? `<p data-pagefind-weight="${title}">${escape(r.names.join(' '))}</p>` : '',
    rest ? `<p>${escape(rest)}</p>` : '',
    '</main></body></html>',
  ].join('');
}

/** A message template's words without its placeholders' names ("{path}" is not a word the server sends). */
const withoutPlaceholders = (text: string) => text.replace(/\{[a-z0-9_]+\}/g, ' ');

/** The words of an MDX body: imports, tags, expressions and link targets left out. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*`|[\]_>-]+/g, ' ');
}

/** A client's printf-style line without its conversions ("%03d", "%s"). */
const withoutFormats = (text: string) => text.replace(/%[-0-9.]*[a-z]/gi, ' ');

const pageRecord = (meta: PageMeta, texts: readonly string[] = []): SearchRecord => ({
  url: `/${meta.path}`,
  title: meta.heading,
  summary: meta.description,
  keywords: [],
  texts,
  filters: meta.filters,
});

/** Every page the search finds, as a record: codes from their facts, every other page from its view model. */
export function searchRecords(ref: Reference): SearchRecord[] {
  const codes = ref.codes.map((code): SearchRecord => {
    const { meta } = codeView(ref, code);
    return {
      url: `/${meta.path}`,
      title: meta.heading,
      summary: code.summary,
      keywords: code.keywords,
      names: reportNames(clientReports(ref, code)),
      // What servers send with the code, so a pasted reply line finds its code page too.
      texts: [
        ...code.causes.flatMap((c) => (c.fix ? [c.text, c.fix] : [c.text])),
        ...code.meanings.flatMap((m) => m.commands),
        ...ref.serverMessages(code.code).map((m) => withoutPlaceholders(m.text)),
      ],
      filters: meta.filters,
      historic: code.status === 'historic',
    };
  });
  return [
    ...codes,
    pageRecord(homeView(ref).meta),
    pageRecord(codesView(ref).meta),
    ...ref.classes.map((row) => pageRecord(classView(ref, row).meta, [row.meaning, row.clientAction])),
    ...ref.categories.map((row) => pageRecord(categoryView(ref, row).meta, [row.meaning])),
    pageRecord(rfcsView(ref).meta),
    ...ref.rfcs.map((rfc) => pageRecord(rfcView(ref, rfc).meta, [rfc.title, rfc.role])),
    pageRecord(clientsView(ref).meta),
    // A client page is found by the client's name and by the lines it prints ("Could not connect to server"); its
    // constants lead to the code pages first (names above), so here they are plain words.
    ...ref.clients.map((c) =>
      pageRecord(
        clientView(ref, c).meta,
        c.mappings.flatMap((m) => [withoutFormats(m.message ?? ''), m.report, m.when ?? '']),
      ),
    ),
    pageRecord(
      serversView(ref).meta,
      ref.servers.map((s) => s.name),
    ),
    ...ref.servers.map((s): SearchRecord => {
      const { meta } = serverView(ref, s);
      return {
        ...pageRecord(meta, [
          ...s.messages.map((m) => withoutPlaceholders(m.line)),
          ...s.messages.flatMap((m) => [m.condition ?? '', m.fix ?? '']),
          ...s.directives.map((d) => d.about),
        ]),
        keywords: [s.product],
        // Directive names whole, as people type them ("pasv_address", "MasqueradeAddress"): wordBag() would split
        // "pasv_address" in two, and Pagefind then found every page with "address" before this one.
        names: s.directives.map((d) => d.name),
      };
    }),
    pageRecord(
      guidesView(ref).meta,
      ref.guides.map((g) => g.title),
    ),
    ...ref.guides.map((g): SearchRecord => {
      const { meta } = guideView(ref, g);
      return {
        ...pageRecord(meta, [proseOf(g.body), ...g.examples.map((e) => e.label)]),
        // The codes it explains, and the lines people paste when they have the problem (its symptoms).
        keywords: [...g.codes.map(String), ...g.symptoms],
      };
    }),
    // A command page is found by its name (weighted like a title) and by what it does ("rename a file").
    pageRecord(commandsView(ref).meta),
    ...ref.commands.map((c): SearchRecord => {
      const { meta } = commandView(ref, c);
      return {
        ...pageRecord(
          meta,
          c.variants.map((v) => v.summary),
        ),
        summary: c.summary,
        keywords: [c.title, ...c.keywords, ...c.variants.flatMap((v) => [v.title, ...v.keywords])],
        names: [c.name, ...c.variants.map((v) => v.name)],
        historic: c.status === 'historic',
      };
    }),
    pageRecord(STATIC_PAGES.decode),
    pageRecord(STATIC_PAGES.data),
  ];
}
