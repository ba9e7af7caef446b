import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests start Chromium; keep them off the unit-test workers' CPU.
    fileParallelism: true,
    env: { TZ: 'UTC' },
  },
  resolve: {
    alias: {
      // Unit and integration tests run against the typed fake of the Obsidian API.
      obsidian: new URL('./tests/fake-obsidian/index.ts', import.meta.url).pathname,
    },
  },
});
