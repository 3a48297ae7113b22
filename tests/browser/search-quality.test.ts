import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, searchSettled, type BrowserSession } from '../helpers/browser';
import { measureQuality } from '../search/quality';
import { SEARCH_ANGLES, SEARCH_CASES } from '../search/queries';

/**
 * Runs every query of the quality suite through the real search UI on the built site (the
 * real index, ranking and full text) and requires, per angle (names, acronyms, descriptions,
 * typos, typed math, CJK), the expected entry in the top 3 (top 1 for names) for at least
 * 95 % of the queries. The per-angle figures are printed.
 */
const THRESHOLD = 0.95;

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describe('search quality', () => {
  it(`finds the meant entry for at least ${THRESHOLD * 100} % of the queries of every angle`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(120);
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/`);
    const input = page.locator('#search-page-input');
    const report = await measureQuality(async (query) => {
      await input.fill(query);
      await searchSettled(page, 'search-page', query);
      const hrefs = await page
        .locator('search-page .search-results .result-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.map((href) => /\/equations\/([^/]+)\//.exec(href)?.[1] ?? href);
    });
    await page.close();
    console.log(`Search quality (built site): ${report.summary}${report.misses.length ? `\n${report.misses.join('\n')}` : ''}`);
    for (const angle of SEARCH_ANGLES)
      expect(report.rates[angle], `${angle}\n${report.misses.join('\n')}`).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
