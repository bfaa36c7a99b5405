/**
 * Builds the Pagefind index of the built site (the last build step, replacing `pagefind --site`). Each page becomes
 * one compact record (src/lib/search-records.ts): code pages from their content files, every other page from its
 * own title, description and filters plus the facts of its class, category or RFC. A first search then downloads
 * a fraction of what indexing the full pages would cost. Usage: node scripts/search-index.ts [OUT_DIR]
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';
import { recordHtml, type SearchRecord } from '../src/lib/search-records.ts';
import { digitsOf } from '../src/lib/catalog.ts';
import { statusLabel } from '../src/i18n/en.ts';
import { frontMatter, loadCatalog } from './load-catalog.ts';

const out = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const { catalog } = loadCatalog();

interface CodeFront {
  code: number;
  title: string;
  summary: string;
  status: keyof typeof statusLabel;
  family?: 'ftp' | 'winsock';
  keywords?: string[];
  causes?: string[];
  format?: string;
  action: string;
  meanings?: { rfc: string; text: string; quote?: string; commands?: string[] }[];
  notes?: { text: string }[];
}
interface DigitFront {
  id: string;
  name: string;
  summary: string;
  meaning?: string;
  clientAction?: string;
}

const front = (file: string) => parse(frontMatter(readFileSync(file, 'utf8')) ?? '') as CodeFront;
// Read once: every class, category and RFC page looks its row up here.
const digitRows = {
  classes: parse(readFileSync('content/classes.yaml', 'utf8')) as DigitFront[],
  categories: parse(readFileSync('content/categories.yaml', 'utf8')) as DigitFront[],
};
const rfcRows = parse(readFileSync('content/rfcs.yaml', 'utf8')) as { id: string; title: string; role?: string }[];

function codeRecord(d: CodeFront): SearchRecord {
  const digits = d.family === 'winsock' ? { class: null, category: null } : digitsOf(d.code, catalog);
  const rfcs = [...new Set((d.meanings ?? []).map((m) => `RFC ${m.rfc}`))];
  return {
    url: `/codes/${d.code}/`,
    title: `${d.code} ${d.title}`,
    summary: d.summary,
    keywords: d.keywords ?? [],
    texts: [...(d.causes ?? []), ...(d.meanings ?? []).flatMap((m) => m.commands ?? [])],
    filters: {
      kind: ['code'],
      status: [statusLabel[d.status]],
      ...(digits.class ? { class: [digits.class.id] } : {}),
      ...(digits.category ? { category: [digits.category.id] } : {}),
      ...(rfcs.length ? { rfc: rfcs } : {}),
    },
    historic: d.status === 'historic',
  };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e] ?? '').trim();

/** Facts behind a non-code page, by URL: the class, category or RFC it presents. */
function extraTexts(url: string): string[] {
  const digit = /^\/(classes|categories)\/([^/]+)\/$/.exec(url);
  if (digit) {
    const row = digitRows[digit[1] as keyof typeof digitRows].find((r) => r.id === digit[2]);
    return row ? [row.meaning ?? '', row.clientAction ?? ''] : [];
  }
  const rfc = /^\/rfcs\/(\d+)\/$/.exec(url);
  if (rfc) {
    const row = rfcRows.find((r) => r.id === rfc[1]);
    return row ? [row.title, row.role ?? ''] : [];
  }
  return [];
}

/** Any other indexed page (data-pagefind-body): its title, description and filters as the page states them. */
function pageRecord(url: string, html: string): SearchRecord {
  const title = /data-pagefind-meta="title:([^"]*)"/.exec(html)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? url;
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const filters: Record<string, string[]> = {};
  for (const [, key = '', value = ''] of html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)) (filters[key] ??= []).push(text(value));
  return { url, title: text(title), summary: text(description), keywords: [], texts: extraTexts(url), filters };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

const records: SearchRecord[] = readdirSync('content/codes')
  .filter((f) => f.endsWith('.md'))
  .map((f) => codeRecord(front(join('content/codes', f))));
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = `/${file.slice(out.length + 1).replace(/index\.html$/, '')}`;
  if (!/^\/codes\/\d+\/$/.test(url)) records.push(pageRecord(url, html));
}

rmSync(join(out, 'pagefind'), { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
for (const r of records) {
  const added = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
  if (added.errors.length) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${records.length} records → ${join(out, 'pagefind')}`);
