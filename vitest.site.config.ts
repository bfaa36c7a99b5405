import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/): run by scripts/test.ts after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
