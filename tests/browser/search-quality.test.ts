import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from '../helpers/browser';
import { SEARCH_CASES } from '../search/queries';

/**
 * Runs every query of the quality suite through the real search UI on the built site (the
 * real Pagefind index, normalisation and ranking) and requires the expected entry in the top 3
 * for at least 95 % of them.
 */
const THRESHOLD = 0.95;
const TOP = 3;

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describe('search quality', () => {
  it(`puts the expected entry in the top ${TOP} for at least ${THRESHOLD * 100} % of ${SEARCH_CASES.length} realistic queries`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/`);
    const input = page.locator('#search-page-input');
    const misses: string[] = [];
    for (const { query, expected } of SEARCH_CASES) {
      await input.fill(query);
      await page.locator(`search-page .search-results[data-query=${JSON.stringify(query)}]`).waitFor({ state: 'attached' });
      const hrefs = await page
        .locator('search-page .search-results .result-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const ids = hrefs.map((href) => /\/equations\/([^/]+)\//.exec(href)?.[1] ?? href);
      if (!ids.slice(0, TOP).includes(expected))
        misses.push(`  "${query}" → expected ${expected}, got ${ids.slice(0, TOP).join(', ') || 'nothing'}`);
    }
    await page.close();
    const rate = 1 - misses.length / SEARCH_CASES.length;
    if (misses.length > 0)
      console.log(
        `Search misses (${misses.length}/${SEARCH_CASES.length}, top-${TOP} rate ${(rate * 100).toFixed(1)} %):\n${misses.join('\n')}`,
      );
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
