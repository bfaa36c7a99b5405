/** Reads the built site (dist/) for the checks in this folder: every HTML page with its URL path. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.OUT_DIR ?? 'dist';
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

export interface Page {
  file: string;
  /** URL path as served, with the base: "/codes/550/". */
  path: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function htmlPages(): Page[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path =
        BASE + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      return { file, path, html: readFileSync(file, 'utf8') };
    });
}

/** The file a site path resolves to, as the static server does. */
export function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(DIST, rel, 'index.html')]
      : [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Attribute values of a kind in an HTML string (href, src, id), decoded for &amp;. */
export function attrs(html: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`\\s${name}="([^"]*)"`, 'g');
  for (const m of html.matchAll(re)) out.push((m[1] ?? '').replace(/&amp;/g, '&'));
  return out;
}

export function ids(html: string): Set<string> {
  return new Set(attrs(html, 'id'));
}
