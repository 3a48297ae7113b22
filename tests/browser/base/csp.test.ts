import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, openPage, openSession, PAGE_TYPES, type BrowserSession } from '../../helpers/browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describe.each(Object.entries(PAGE_TYPES))('the %s page', (_type, path) => {
  it('keeps to its Content-Security-Policy and requests nothing from another origin', async () => {
    const before = session.requests.length;
    const answered = session.responses.length;
    const page = await openPage(session, path);
    // Use the page: search from its search box too (the header's, or the page's own), so the
    // search code and Pagefind's WebAssembly load under the CSP.
    await page.locator('input[type="search"]').fill('softmax');
    await page.locator('.search-result').first().waitFor();
    await expect(cspViolations(page)).resolves.toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    const foreign = session.requests.slice(before).filter((url) => new URL(url).origin !== session.site.origin && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    // Everything of the site's own is fetched under its base path and found (a path without
    // the base would be answered by the 404 page).
    const own = session.responses.slice(answered).filter((r) => new URL(r.url).origin === session.site.origin);
    expect(own.length).toBeGreaterThan(3);
    const notFound = own.filter((r) => !r.url.startsWith(session.site.url) || r.status >= 400).map((r) => `${r.status} ${r.url}`);
    expect(notFound).toEqual([]);
    await page.close();
  });
});
