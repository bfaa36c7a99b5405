/**
 * The Content-Security-Policy as Astro writes it (security.csp in astro.config.mjs), checked on every built page:
 * each inline script the page runs has its hash in the policy (a stale hash would silently block the theme script),
 * scripts never get 'unsafe-inline', and the fixed directives are there.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { htmlPages } from './site.ts';

const pages = htmlPages();
const policyOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('CSP of every page', () => {
  it('is a <meta> in <head>, with the directives the site relies on', () => {
    for (const page of pages) {
      const policy = policyOf(page.html);
      expect(policy, page.path).not.toBe('');
      for (const d of [
        "default-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ]) {
        expect(directive(policy, d.split(' ')[0] ?? ''), page.path).toBe(d);
      }
      const scripts = directive(policy, 'script-src');
      expect(scripts, page.path).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
      expect(scripts, page.path).not.toContain("'unsafe-inline'");
      expect(page.html, page.path).toContain('<meta name="referrer" content="no-referrer">');
    }
  });

  it('lists the hash of every inline script a page runs', () => {
    for (const page of pages) {
      const scripts = directive(policyOf(page.html), 'script-src');
      const inline = [...page.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/type="application\/json"/.test(attrs ?? ''),
      );
      expect(inline.length, page.path).toBeGreaterThan(0);
      for (const [, , body] of inline) {
        const hash = createHash('sha256')
          .update(body ?? '')
          .digest('base64');
        expect(scripts, page.path).toContain(`'sha256-${hash}'`);
      }
    }
  });
});
