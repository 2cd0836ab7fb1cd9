import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    setupFiles: ['reflect-metadata'],
    // Chooses the browser once for the run (CHROMIUM_PATH, a system one, or the registry's).
    globalSetup: ['src/browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
