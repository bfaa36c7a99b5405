import { defineConfig } from '@playwright/test';
import { createServer } from 'node:net';
import { findChromium } from './scripts/chromium.ts';

/** A port nothing listens on right now, so that two test runs (or a running `npm start`) never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

// Playwright loads this file again in each worker: the first load picks the port and the browser, and the workers
// inherit them through the environment.
process.env.E2E_PORT ??= String(await freePort());
if (!process.env.PW_CHROMIUM) {
  const browser = await findChromium();
  process.env.PW_CHROMIUM = browser.executablePath;
  process.env.PW_CHROMIUM_ARGS = JSON.stringify(browser.args);
}
const port = Number(process.env.E2E_PORT);
const base = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Measured on two busy cores: 2 workers finish the suite in ~0.8 of the time 1 takes (the axe pass over the
  // sitemap runs in two halves, side by side); more only add contention.
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: base,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.PW_CHROMIUM,
      args: JSON.parse(process.env.PW_CHROMIUM_ARGS ?? '[]') as string[],
    },
  },
  // The built site (npm run build first), served as npm start serves it: headers of public/_headers, 404.html with 404.
  webServer: {
    command: `node scripts/serve.ts`,
    url: `${base}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(port) },
  },
});
