/**
 * Bundles the browser islands (src/islands/*.ts) into public/js/ before `astro build`, so that pages can load
 * them on intent from a stable URL. Minified ES modules; shared code is inlined.
 */
import { build, transformSync } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/** `import text from './file.css?raw'`, as Vite reads it in pages: the file's text (CSS minified) as a string. */
const raw: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname, namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: transformSync(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true }).code, loader: 'text' }));
  },
};

const islands = ['decoder', 'search', 'table', 'log', 'theme'];
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
  plugins: [raw],
});
// The theme worker must sit at the site's root so that its scope covers every page.
await build({
  entryPoints: ['src/islands/theme-worker.ts'],
  outfile: 'public/sw.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});
