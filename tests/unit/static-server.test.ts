/** The server of `npm start` and the e2e tests (src/node/static-server.ts): headers, 404, BASE, no way out of dist. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/node/headers.ts';
import { createStaticServer, headersFor, resolvePath } from '../../src/node/static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(dist, 'codes/550'), { recursive: true });
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, 'index.html'), '<p>home</p>');
writeFileSync(join(dist, 'codes/550/index.html'), '<p>550</p>');
writeFileSync(join(dist, '_astro/log.abc.js'), 'export {}');
writeFileSync(join(dist, '404.html'), '<p>not found</p>');
writeFileSync(join(tmpdir(), 'outside.html'), 'secret');

const rules = parseHeaders(
  "# comment\r\n/*\r\n  Referrer-Policy: no-referrer\r\n  Content-Security-Policy: frame-ancestors 'none'\r\n\r\n/_astro/*\r\n  Cache-Control: immutable\r\n",
);

describe('headersFor and resolvePath', () => {
  it('applies every matching rule', () => {
    expect(headersFor(rules)('/codes/550/')).toEqual({
      'referrer-policy': 'no-referrer',
      'content-security-policy': "frame-ancestors 'none'",
    });
    expect(headersFor(rules)('/_astro/log.abc.js')).toMatchObject({ 'cache-control': 'immutable' });
  });

  it('maps paths to files, a directory to its slash, and nothing outside dist', () => {
    expect(resolvePath(dist, '/', '/codes/550/')).toEqual({ file: join(dist, 'codes/550/index.html') });
    expect(resolvePath(dist, '/', '/codes/550')).toEqual({ redirect: '/codes/550/' });
    expect(resolvePath(dist, '/ftp/', '/ftp/codes/550/')).toEqual({ file: join(dist, 'codes/550/index.html') });
    expect(resolvePath(dist, '/ftp/', '/codes/550/')).toBeNull();
    for (const bad of ['/%E0%A4%A/', '/..%2foutside.html', '/%2e%2e/outside.html', '/x%00.html', '/nothing/'])
      expect(resolvePath(dist, '/', bad)).toBeNull();
  });
});

describe('createStaticServer', () => {
  let origin = '';
  const server = createStaticServer({ dist, base: '/', headers: rules });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  );

  it('sends the headers on pages, files and 404s, and 404.html with status 404', async () => {
    for (const [path, status] of [
      ['/', 200],
      ['/_astro/log.abc.js', 200],
      ['/no/such/', 404],
      ['/%E0%A4%A/', 404],
    ] as const) {
      const r = await fetch(`${origin}${path}`);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(r.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      if (status === 404) expect(await r.text()).toBe('<p>not found</p>');
    }
    expect((await fetch(`${origin}/_astro/log.abc.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('redirects a directory to its slash, keeping the query, and refuses other methods', async () => {
    const r = await fetch(`${origin}/codes/550?x=1`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/codes/550/?x=1');
    expect((await fetch(`${origin}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
