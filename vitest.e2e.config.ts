import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's package) with the built extension in .output/chrome-mv3.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One retry: a real browser on a shared 2-core machine occasionally misses a poll window.
    // A test that fails twice fails the run; assertions are never loosened.
    retry: 1,
  },
});
