/**
 * Serves the built site (`npm start`, the end-to-end tests) on 127.0.0.1 the way docs/deploy.md asks a host to: with
 * the headers of public/_headers, and 404.html with status 404 (src/node/static-server.ts).
 * Environment: PORT (4321), OUT_DIR (dist), BASE (/).
 */
import { existsSync } from 'node:fs';
import { headerRules } from '../src/node/headers.ts';
import { createStaticServer } from '../src/node/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const dist = process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
if (!existsSync(`${dist}/index.html`)) {
  console.error(`Nothing to serve in ${dist}/: run npm run build first (or npm start, which builds).`);
  process.exit(1);
}
const headers = headerRules();
createStaticServer({ dist, base, headers })
  .once('error', (e: NodeJS.ErrnoException) => {
    console.error(`Cannot listen on 127.0.0.1:${port} (${e.code ?? e.message}): run PORT=<another port> npm start`);
    process.exit(1);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dist}/ at http://127.0.0.1:${port}${base} (Ctrl+C stops it)`);
  });
