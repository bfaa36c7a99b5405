// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteHeaders } from './src/node/headers.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

// SITE and BASE let the same build be deployed at a domain root or in a subfolder (e.g. BASE=/ftp/).
const site = process.env.SITE ?? 'https://ftp-reply-codes.example';
const base = process.env.BASE ?? '/';

// The theme script runs inline in every page's <head> (before first paint: no flash of the wrong theme). Astro hashes
// the scripts it bundles for the CSP; an is:inline script needs its hash given here. Base.astro prints this exact text.
const themeScript = transformSync(readFileSync('src/layouts/theme.js', 'utf8'), { minify: true }).code.trim();
const themeHash = /** @type {const} */ (`sha256-${createHash('sha256').update(themeScript).digest('base64')}`);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  // MDX for the guides (content/guides/*.mdx). Its JSX renderer makes Astro list the hashes of its framework-island
  // scripts in every page's CSP, measured in the guides commit (see scripts/budgets.ts).
  integrations: [mdx(), sitemap(), searchIndex()],
  // Shiki colours code with inline style attributes, which the CSP below refuses; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // `astro dev` sends the headers a host is asked to send (public/_headers, docs/deploy.md), as `npm start` does.
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4321), headers: siteHeaders() },
  // Astro writes the CSP as a <meta> (works on any static host). Scripts: this site's files and the hashed inline
  // ones, never 'unsafe-inline'; Pagefind needs 'wasm-unsafe-eval'. connect-src 'self': what a reader pastes goes
  // nowhere else. Styles may be inline: they cannot run code, and a hash per <style> would cost every page ~0.4 kB.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        // The log decoder's Web Worker (src/islands/decode-worker.ts), a file of this site.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    // A module worker (it is bundled as one file of its own; 'es' keeps it a module like the islands).
    worker: { format: 'es' },
    define: { __THEME_SCRIPT__: JSON.stringify(themeScript) },
  },
});
