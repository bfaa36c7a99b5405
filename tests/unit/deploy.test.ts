/** The deployment guide (docs/deploy.md, linked from the README) and the headers file Netlify and Cloudflare Pages read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/node/headers.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const headersFile = () => parseHeaders(read('public/_headers'));

describe('deployment', () => {
  it('public/_headers sends the headers a meta tag cannot, on every path', () => {
    const all = headersFile()['/*'] ?? {};
    expect(all['content-security-policy']).toContain("frame-ancestors 'none'");
    // A second script policy would block the hashed scripts the meta policy allows.
    expect(all['content-security-policy']).not.toMatch(/script-src|default-src/);
    expect(all['referrer-policy']).toBe('no-referrer');
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  });

  it('docs/deploy.md covers the headers, 404, SITE/BASE, nginx, Caddy, _headers and GitHub Pages', () => {
    const guide = read('docs/deploy.md');
    for (const needed of [
      "frame-ancestors 'none'",
      'Referrer-Policy: no-referrer',
      'X-Content-Type-Options: nosniff',
      'Strict-Transport-Security',
      '404.html',
      'status 404',
      'SITE=',
      'BASE=',
      '```nginx',
      'error_page 404',
      '```caddyfile',
      'handle_errors',
      '_headers',
      'Cloudflare Pages',
      'Netlify',
      'GitHub Pages',
    ])
      expect(guide).toContain(needed);
    expect(read('README.md')).toContain('](docs/deploy.md)');
  });
});
