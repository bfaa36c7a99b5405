import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
    // The tests share no state through modules: one worker per core, reused across files, saves start-up time.
    isolate: false,
  },
});
