import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, recordLabels, type BrowserSession } from '../../helpers/browser';
import { exported } from '../../helpers/exported';

const softmax = exported.equations.find((e) => e.id === 'softmax');

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describe('the built site in Chromium', () => {
  it('renders the home page with the categories and their counts', async () => {
    const page = await session.newPage();
    await page.goto(session.site.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('ML Equations');
    const counts = await page.locator('.category-count').allTextContents();
    expect(counts.length).toBeGreaterThan(10);
    const total = counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0);
    expect(total).toBe(exported.count);
    await page.close();
  });

  it('shows typeset math on an entry page, with no KaTeX error', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    await expect(page.locator('.katex-display').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.katex-error').count()).resolves.toBe(0);
    // MathML is kept for screen readers.
    await expect(page.locator('.katex-display math').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('finds Softmax when searching "softmax" from the header of any page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    await page.getByRole('searchbox', { name: 'Search equations' }).fill('softmax');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.site.url}search/?q=softmax`);
    const first = page.locator('.search-result h2 a').first();
    await first.waitFor();
    const titles = await page.locator('.search-result h2 a').allTextContents();
    expect(titles.slice(0, 3)).toContain('Softmax');
    await page.close();
  });

  it('copies exactly the LaTeX source of an equation and says so', async () => {
    expect(softmax).toBeDefined();
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    const button = page.getByRole('button', { name: 'Copy LaTeX for Softmax' });
    const shown = await recordLabels(button);
    await button.click();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(softmax?.latex[0]);
    await shown('Copied');
    await page.locator('#live-region', { hasText: 'Copied' }).waitFor({ state: 'attached' });
    await page.close();
  });

  it('makes no request outside the site origin', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.filter((url) => !url.startsWith(session.site.origin) && !url.startsWith('data:'))).toEqual([]);
  });
});
