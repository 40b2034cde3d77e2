import { defineConfig } from 'vitest/config';

// Three projects, run together by `npm test`: unit (pure logic, no build),
// build (checks on dist/) and browser (Chromium on dist/); the last two need a
// build, which test/global-setup.ts makes first.
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
      {
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
