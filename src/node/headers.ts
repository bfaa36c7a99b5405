/**
 * public/_headers — the response headers Netlify and Cloudflare Pages read — as data, so that the one file is also what
 * `npm start` (Astro's preview server, `server.headers` in astro.config.mjs) sends and what the tests check.
 */
import { readFileSync } from 'node:fs';

export type HeaderRules = Record<string, Record<string, string>>;

/** The rules of a `_headers` text: `{ path: { header name (lower case): value } }`. Comments and blank lines skipped. */
export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const HEADERS_FILE = new URL('../../public/_headers', import.meta.url);

/** Every rule of public/_headers. */
export function headerRules(file: URL = HEADERS_FILE): HeaderRules {
  return parseHeaders(readFileSync(file, 'utf8'));
}

/** The headers public/_headers sends on every path (`/*`). */
export function siteHeaders(file: URL = HEADERS_FILE): Record<string, string> {
  return headerRules(file)['/*'] ?? {};
}
