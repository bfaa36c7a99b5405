/**
 * The built site served the way docs/deploy.md asks a host to serve it: the headers of public/_headers on every
 * response (404s included), `404.html` with status 404 for any missing path (a malformed escape too), `BASE` honoured,
 * a directory without its slash redirected to it, nothing outside the output folder reachable. `npm start` and the
 * end-to-end tests use it; `astro preview` sends no headers with its 404 page and fails on a malformed escape.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { HeaderRules } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** The build output folder. */
  dist: string;
  /** The folder the site lives in ("/" or "/ftp/"). */
  base: string;
  /** public/_headers, parsed. */
  headers: HeaderRules;
}

/**
 * The headers of every rule whose path pattern (`/*`, `/_astro/*`) matches a site path. The patterns are compiled
 * once: `headersFor(rules)` returns the function a server calls per request.
 */
export function headersFor(rules: HeaderRules): (path: string) => Record<string, string> {
  const compiled = Object.entries(rules).map(([pattern, headers]) => ({
    re: new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
    headers,
  }));
  return (path) => {
    const out: Record<string, string> = {};
    for (const { re, headers } of compiled) if (re.test(path)) Object.assign(out, headers);
    return out;
  };
}

type Target = { file: string } | { redirect: string } | null;

/** What a request path maps to: a file in `dist`, a redirect to the directory's slash, or nothing (404). */
export function resolvePath(dist: string, base: string, rawPath: string): Target {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!path.startsWith(base) || path.includes('\0')) return null;
  const rel = `/${path.slice(base.length)}`;
  const root = resolve(dist);
  const full = resolve(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  if (rel.endsWith('/')) return isFile(join(full, 'index.html')) ? { file: join(full, 'index.html') } : null;
  if (isFile(full)) return { file: full };
  return isFile(join(full, 'index.html')) ? { redirect: `${rawPath}/` } : null;
}

function send(res: ServerResponse, status: number, file: string, headers: Record<string, string>, head: boolean): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

export function createStaticServer(site: StaticSite): Server {
  const notFound = join(site.dist, '404.html');
  const headersOf = headersFor(site.headers);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sitePath = url.pathname.startsWith(site.base) ? `/${url.pathname.slice(site.base.length)}` : url.pathname;
    const headers = headersOf(sitePath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const target = resolvePath(site.dist, site.base, url.pathname);
    if (target && 'redirect' in target) {
      res.writeHead(301, { ...headers, Location: `${target.redirect}${url.search}` }).end();
    } else if (target) send(res, 200, target.file, headers, req.method === 'HEAD');
    else if (existsSync(notFound)) send(res, 404, notFound, headers, req.method === 'HEAD');
    else res.writeHead(404, headers).end();
  });
}
