import { defineConfig } from 'vitest/config';

/**
 * Five projects, run in this order by `npm test`:
 * unit (pure logic and content rules), build-failures (fixture sites that must not build),
 * latex (every entry's math compiled with pdfLaTeX), dist (checks of the built site in dist/),
 * browser (Chromium against the built site).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build-failures',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      { test: { name: 'latex', include: ['tests/latex/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
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
