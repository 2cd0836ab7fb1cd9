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
    // A page's data arrives when the loaded machine gets to it: wait for it as long as Playwright
    // waits for an element (vitest's 1 s default made lists "empty" under load).
    expect: { poll: { timeout: 30_000 } },
  },
});
