/**
 * Page view models: what each page kind shows, computed from the read model. Pages render these and compute nothing;
 * the search records (search.ts) are built from the same objects, so a page and its search result never disagree.
 * Paths are site-relative without the base ("codes/550/"); pages add the base with href().
 */
import type { Rfc } from '../../schemas/rfc.ts';
import type { ReplyCategory, ReplyClass } from '../../schemas/digits.ts';
import { STATUSES } from '../../schemas/common.ts';
import { retryLabel, statusLabel, ui } from '../../i18n/en.ts';
import { clientReports } from './clients.ts';
import { contents, verdict } from './code-page.ts';
import type { CodeEntry, Reference } from './model.ts';
import { causeViews, citedMessages } from './causes.ts';
import { codeServerMessages } from './server-views.ts';
import { guidesFor } from './guides.ts';

/** What the layout and the search index need of any page. */
export interface PageMeta {
  /** Site-relative path: "" for the home page, "codes/550/". */
  path: string;
  /** The <title> (the layout adds the site name) and the Open Graph title. */
  title: string;
  /** The page's <h1>, also the search result's title. */
  heading: string;
  description: string;
  /** Pagefind filters, e.g. { kind: ['code'], class: ['5yz'] }. */
  filters: Readonly<Record<string, readonly string[]>>;
  /** Left out of search (search page, 404). */
  noindex?: boolean;
}

/** The codes of a class or category: those in use, then the historic ones. */
export interface CodeGroups {
  current: readonly CodeEntry[];
  historic: readonly CodeEntry[];
}

const groups = (codes: readonly CodeEntry[]): CodeGroups => ({
  current: codes.filter((c) => c.status !== 'historic'),
  historic: codes.filter((c) => c.status === 'historic'),
});

/** The RFCs a code cites, each with its sections, in order of first citation. */
export function sourcesByRfc(code: CodeEntry): { rfc: string; sections: string[] }[] {
  const out = new Map<string, string[]>();
  for (const s of code.citations) {
    const sections = out.get(s.rfc) ?? [];
    if (!sections.includes(s.section)) sections.push(s.section);
    out.set(s.rfc, sections);
  }
  return [...out].map(([rfc, sections]) => ({ rfc, sections }));
}

/** The RFC numbers a code's meanings cite, ascending. */
export const rfcsOf = (code: CodeEntry): number[] =>
  [...new Set(code.meanings.map((m) => Number(m.rfc)))].sort((a, b) => a - b);

/** The codes people look up most (shown on the home page), those the reference has. */
const COMMON = [220, 230, 331, 150, 226, 227, 229, 421, 425, 426, 450, 500, 530, 550, 553];

export function homeView(ref: Reference) {
  return {
    meta: {
      path: '',
      title: ui.siteName,
      heading: 'What an FTP reply code says',
      description:
        'How an FTP reply code is built: the first digit says whether the command worked, the second what it is about, the third the detail. Tables, sources and a live decoder.',
      filters: { kind: ['guide'] },
    } satisfies PageMeta,
    common: COMMON.flatMap((n) => ref.code(n) ?? []),
    total: ref.codes.length,
  };
}

/** How many server messages a code page shows (the rest are on the server pages). */
export const CODE_PAGE_SERVER_ROWS = 6;

export function codeView(ref: Reference, code: CodeEntry) {
  const ftp = ref.codes.filter((c) => c.family === 'ftp');
  const i = ftp.indexOf(code);
  const rfcs = rfcsOf(code);
  // Messages the causes cite are shown there; the table takes their place for others, at least one.
  const cited = citedMessages(code);
  const serverMessages = codeServerMessages(ref, code.code, Math.max(1, CODE_PAGE_SERVER_ROWS - cited.size), cited);
  const total = ref.serverMessages(code.code);
  return {
    meta: {
      path: `codes/${code.code}/`,
      title: `${code.code} ${code.title}: FTP reply code`,
      heading: `${code.code} ${code.title}`,
      description:
        `FTP reply ${code.code} (${code.title})${code.status === 'nonstandard' ? ', not defined by any RFC' : ''}: ${code.summary}`.slice(
          0,
          300,
        ),
      filters: {
        kind: ['code'],
        status: [statusLabel[code.status]],
        ...(code.class ? { class: [code.class.id] } : {}),
        ...(code.category ? { category: [code.category.id] } : {}),
        ...(rfcs.length ? { rfc: rfcs.map((n) => `RFC ${n}`) } : {}),
      },
    } satisfies PageMeta,
    code,
    /** Retry or not, and where the cause likely lies: under the title, before "What to do". */
    verdict: verdict(code),
    /** Jump links to the sections below the answer, on long pages. */
    contents: contents(code),
    related: code.related.map((r) => ({ ...r, entry: ref.code(r.code) })),
    /** The likely causes, each with its fix, the server messages that show it and its source. */
    causes: causeViews(ref, code),
    /**
     * What servers send with this code (render with src/components/ServerMessages.astro): the explained messages
     * the causes do not show, a few on the code page; every one is on its server's page (`serverMore` counts the rest).
     */
    serverMessages,
    serverMore: total.filter((m) => !cited.has(`${m.server} ${m.id}`)).length - serverMessages.length,
    sources: sourcesByRfc(code),
    /** "How your client reports it": render with src/components/ClientReports.astro. */
    clients: clientReports(ref, code),
    /** The troubleshooting guides that explain this code (their `codes`), linked under "What to do". */
    guides: guidesFor(ref, code.code),
    prev: i > 0 ? ftp[i - 1] : undefined,
    next: i >= 0 ? ftp[i + 1] : undefined,
  };
}

export function classView(ref: Reference, row: ReplyClass) {
  return {
    meta: {
      path: `classes/${row.id}/`,
      title: `${row.id}: ${row.name} replies`,
      heading: `${row.id}: ${row.name}`,
      description: `${row.id} FTP replies (${row.name.toLowerCase()}): ${row.summary} What a client should do next, with sources.`,
      filters: { kind: ['class'], class: [row.id] },
    } satisfies PageMeta,
    row,
    retry: retryLabel[row.retry],
    codes: groups(ref.codes.filter((c) => c.class?.id === row.id)),
    others: ref.classes.filter((o) => o.id !== row.id),
  };
}

export function categoryView(ref: Reference, row: ReplyCategory) {
  return {
    meta: {
      path: `categories/${row.id}/`,
      title: `${row.id}: ${row.name} replies`,
      heading: `${row.id}: ${row.name}`,
      description: `${row.id} FTP replies (${row.name.toLowerCase()}): ${row.summary} Meaning, examples and sources.`,
      filters: { kind: ['category'], category: [row.id] },
    } satisfies PageMeta,
    row,
    examples: row.examples.map((n) => ({ code: n, entry: ref.code(n) })),
    /** The group's other codes: the typical examples are listed once, above them. */
    codes: groups(ref.codes.filter((c) => c.category?.id === row.id && !row.examples.includes(c.code))),
    others: ref.categories.filter((o) => o.id !== row.id),
  };
}

export function codesView(ref: Reference) {
  const rows = ref.codes.map((c) => ({ code: c, rfcs: rfcsOf(c) }));
  return {
    /** The codes a server may send today first; the historic ones (1971–1975 drafts) apart, closed by default. */
    current: rows.filter((r) => r.code.status !== 'historic'),
    historic: rows.filter((r) => r.code.status === 'historic'),
    common: COMMON.flatMap((n) => ref.code(n) ?? []),
    meta: {
      path: 'codes/',
      title: 'All FTP reply codes',
      heading: 'All FTP reply codes',
      description: `All ${rows.length} FTP reply codes in one table: meaning, class, category, the RFCs that define them, and whether they are standard, extensions, historic or non-standard.`,
      filters: { kind: ['list'] },
    } satisfies PageMeta,
    rows,
    counts: STATUSES.map((s) => ({ status: s, count: rows.filter((r) => r.code.status === s).length })),
    rfcs: [...new Set(rows.flatMap((r) => r.rfcs))].sort((a, b) => a - b),
  };
}

/** Codes whose meanings cite this RFC, with the sections cited. */
const codesCiting = (ref: Reference, rfc: Rfc) =>
  ref.codes.flatMap((c) => {
    const cited = c.meanings.filter((m) => m.rfc === rfc.id);
    return cited.length ? [{ code: c, cited }] : [];
  });

export function rfcsView(ref: Reference) {
  return {
    meta: {
      path: 'rfcs/',
      title: 'The FTP RFCs',
      heading: 'The FTP RFCs',
      description:
        'The RFCs that define FTP reply codes, from the 1973 protocol to RFC 7151: what each adds, its status, and its full text with section links.',
      filters: { kind: ['rfc-list'] },
    } satisfies PageMeta,
    rows: ref.rfcs.map((rfc) => ({ rfc, codes: codesCiting(ref, rfc).length })),
  };
}

export function rfcView(ref: Reference, rfc: Rfc) {
  const relation = (label: string, list: readonly number[]) =>
    list.length ? [{ label, list: list.map((n) => ({ number: n, known: ref.rfc(n) !== undefined })) }] : [];
  return {
    meta: {
      path: `rfcs/${rfc.number}/`,
      title: `RFC ${rfc.number}: ${rfc.title}`,
      heading: `RFC ${rfc.number}: ${rfc.title}`,
      description: `RFC ${rfc.number} (${rfc.date}), ${rfc.title}: ${rfc.role} Its FTP reply codes, its status and its full text with section anchors.`,
      filters: { kind: ['rfc'], rfc: [`RFC ${rfc.number}`] },
    } satisfies PageMeta,
    rfc,
    codes: codesCiting(ref, rfc),
    relations: [
      ...relation('Obsoletes', rfc.obsoletes),
      ...relation('Obsoleted by', rfc.obsoletedBy),
      ...relation('Updates', rfc.updates),
    ],
  };
}

/** Pages whose content is not drawn from one entry. */
export const STATIC_PAGES = {
  decode: {
    path: 'decode/',
    title: 'Decode an FTP reply or client log',
    heading: 'Decode a reply or a client log',
    description:
      'Paste an FTP reply, a control-connection transcript or a client log and see each command with its replies explained and the first failure highlighted. Runs in your browser.',
    filters: {},
  },
  data: {
    path: 'data/',
    title: 'Dataset: FTP reply codes as JSON and TSV',
    heading: 'The dataset',
    description:
      'Download every FTP reply code with its meanings, RFC sections, status, class and category as JSON or TSV, generated from the same facts as the site. CC BY 4.0.',
    filters: { kind: ['data'] },
  },
  search: {
    path: 'search/',
    title: 'Search',
    heading: 'Search',
    description: 'Search FTP reply codes by number or by words, and filter by class, category, RFC and status.',
    filters: {},
    noindex: true,
  },
  notFound: {
    path: '404/',
    title: ui.notFoundTitle,
    heading: ui.notFoundTitle,
    description: 'This page does not exist. Look up a reply code, browse all codes or search.',
    filters: {},
    noindex: true,
  },
} as const satisfies Record<string, PageMeta>;
