/**
 * Bundles the browser islands (src/islands/*.ts) into public/js/ before `astro build`, so that pages can load
 * them on intent from a stable URL. Minified ES modules; shared code is inlined.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const islands = ['decoder', 'search', 'table', 'log'];
mkdirSync('public/js', { recursive: true });
await build({
  entryPoints: islands.map((name) => `src/islands/${name}.ts`),
  outdir: 'public/js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});
