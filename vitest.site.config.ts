import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/, or OUT_DIR): `npm run test:site` after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
