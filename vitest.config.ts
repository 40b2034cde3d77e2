import { defineConfig } from 'vitest/config';

// Three projects, run together by `npm test` (after a build, see scripts/test.ts):
// unit (pure logic, no build), build (checks on dist/), browser (Chromium on dist/).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
