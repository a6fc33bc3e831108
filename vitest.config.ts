import { defineConfig } from 'vitest/config';

// Four suites, run in order by `npm test`: unit (no build needed), content (editors' slips
// injected into temp copies of content/, no build needed), build (reads dist/), browser
// (serves dist/ on 127.0.0.1 and drives the system Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
