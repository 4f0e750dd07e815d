import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests run the bundle; build it once before any test file runs.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
  },
});
