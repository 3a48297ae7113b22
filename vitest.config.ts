import { defineConfig } from 'vitest/config';

/**
 * The projects `npm test` runs (scripts/test.ts schedules them):
 * unit (pure logic and every content rule), build-failures (two real builds: the validator is
 * wired in), latex (every entry's math compiled with pdfLaTeX), dist (checks of a built site),
 * browser (Chromium against the site built at /), browser-base (the subset a base path can
 * break, tests/browser/base, run against both builds).
 *
 * No test measures speed (that is `npm run bench`). The timeouts only stop a hung test: they
 * are many times what a test takes on a loaded 2-CPU machine.
 */
const MINUTE = 60_000;
const browser = { testTimeout: 5 * MINUTE, hookTimeout: 5 * MINUTE };

export default defineConfig({
  test: {
    testTimeout: 2 * MINUTE,
    hookTimeout: 2 * MINUTE,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build-failures', include: ['tests/build/**/*.test.ts'], testTimeout: 10 * MINUTE, hookTimeout: 10 * MINUTE },
      },
      { extends: true, test: { name: 'latex', include: ['tests/latex/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...browser } },
      { extends: true, test: { name: 'browser-base', include: ['tests/browser/base/**/*.test.ts'], ...browser } },
    ],
  },
});
