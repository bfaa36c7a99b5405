import { defineConfig } from '@playwright/test';

// The browser is resolved once by scripts/test.ts (system Chromium or the npm-shipped one) and passed in.
const executablePath = process.env.PW_CHROMIUM;
const args = JSON.parse(process.env.PW_CHROMIUM_ARGS ?? '[]') as string[];
const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port} --dir ${process.env.OUT_DIR ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
