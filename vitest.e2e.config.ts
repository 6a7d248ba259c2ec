import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    // The browser does real work between polls (installing 100,000-name rule sets, loading pages).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
