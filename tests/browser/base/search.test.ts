import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, searchSettled as settled, type BrowserSession } from '../../helpers/browser';
import { BASE } from '../../helpers/dist';
import { latexOf } from '../../helpers/exported';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

const resultIds = async (page: Page, ui: 'search-page' | 'search-box') =>
  (await page.locator(`${ui} a.result-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(
    // The whole path, base included: a link without the base would open the 404 page.
    (href) => new RegExp(`^${BASE}equations/([^/]+)/$`).exec(href)?.[1] ?? href,
  );

describe('search in the browser', () => {
  it('shows each result typeset (pre-rendered, no TeX engine in the page) with a working copy button', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/?q=softmax`);
    await settled(page, 'search-page', 'softmax');
    const first = page.locator('search-page .search-result').first();
    await expect(first.locator('a.result-link').textContent()).resolves.toBe('Softmax');
    await first.locator('.katex-display').waitFor();
    await expect(first.locator('.result-category').textContent()).resolves.toBe('Activation functions');
    await expect(page.locator('search-page .katex-error').count()).resolves.toBe(0);
    await first.getByRole('button', { name: 'Copy LaTeX for Softmax' }).click();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(latexOf('softmax'));
    // Nothing typesets math in the browser: no KaTeX script is ever requested.
    expect(session.requests.filter((url) => /katex[^/]*\.js/.test(url))).toEqual([]);
    await page.close();
  });

  it('drives the header search from the keyboard: / focuses, arrows move, C copies, Enter opens', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/relu/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-input');
    await page.keyboard.type('layer norm');
    await settled(page, 'search-box', 'layer norm');
    await expect(page.locator('#header-search-panel').isVisible()).resolves.toBe(true);
    const ids = await resultIds(page, 'search-box');
    expect(ids[0]).toBe('layer-normalization');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(`${BASE}equations/${ids[1] ?? ''}/`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('c');
    await page.locator('#live-region', { hasText: 'Copied' }).waitFor({ state: 'attached' });
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(latexOf('layer-normalization'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.site.url}equations/layer-normalization/`);
    // Ctrl+K focuses the search too, and Escape closes the panel.
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-input');
    await page.keyboard.type('relu');
    await settled(page, 'search-box', 'relu');
    await page.keyboard.press('Escape');
    await expect(page.locator('#header-search-panel').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('ranks an exact name first', async () => {
    const page = await session.newPage();
    for (const [query, id] of [
      ['relu', 'relu'],
      ['softmax', 'softmax'],
      ['layernorm', 'layer-normalization'],
    ] as const) {
      await page.goto(`${session.site.url}search/?q=${query}`);
      await settled(page, 'search-page', query);
      await expect(resultIds(page, 'search-page').then((ids) => ids[0])).resolves.toBe(id);
    }
    await page.close();
  });

  it('filters by category and keeps query and category in a shareable URL that the back button restores', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/`);
    const input = page.locator('#search-page-input');
    await input.fill('entropy');
    await settled(page, 'search-page', 'entropy');
    const all = await page.locator('search-page .result-category').allTextContents();
    expect(new Set(all).size).toBeGreaterThan(1);
    await page.locator('#search-category').selectOption('Loss functions');
    await page.waitForURL(/\?q=entropy&category=Loss\+functions$/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('search-page .result-category')].every((c) => c.textContent === 'Loss functions'),
    );
    await expect(page.locator('search-page .result-category').count()).resolves.toBeGreaterThan(0);
    // Open a result, come back: the query, the filter and the results are restored.
    await page.locator('search-page a.result-link').first().click();
    await page.waitForURL(new RegExp(`^${session.site.url}equations/[^/]+/$`));
    await page.goBack();
    await settled(page, 'search-page', 'entropy');
    await expect(input.inputValue()).resolves.toBe('entropy');
    await expect(page.locator('#search-category').inputValue()).resolves.toBe('Loss functions');
    await page.close();
  });

  it('says clearly when nothing matches, finds a misspelt name without a click, and ignores nonsense', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/?q=qwerty`);
    await settled(page, 'search-page', 'qwerty');
    await expect(page.locator('search-page .search-result').count()).resolves.toBe(0);
    await expect(page.locator('search-page .search-status').textContent()).resolves.toMatch(/No equations match “qwerty”/);
    await expect(page.locator('search-page .search-status a', { hasText: 'browse the categories' }).count()).resolves.toBe(1);

    // A typo finds the entry at once: no "Did you mean" to click.
    await page.goto(`${session.site.url}search/?q=softmx`);
    await settled(page, 'search-page', 'softmx');
    await expect(resultIds(page, 'search-page').then((ids) => ids[0])).resolves.toBe('softmax');
    await expect(page.locator('search-page .search-status button').count()).resolves.toBe(0);

    for (const query of ['x', 'frac']) {
      await page.goto(`${session.site.url}search/?q=${query}`);
      await settled(page, 'search-page', query);
      await expect(page.locator('search-page .search-result').count()).resolves.toBe(0);
      await expect(page.locator('search-page .search-status').textContent()).resolves.not.toBe('');
    }
    await page.close();
  });

  it('takes bad input calmly: no error, no freeze, the query shown as text', async () => {
    const page = await session.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${session.site.url}search/`);
    const input = page.locator('#search-page-input');
    const queries = [
      '<script>alert(1)</script>',
      '\\',
      '?!.,;:',
      'softmax '.repeat(300),
      '((((((((((',
      '\\frac{',
      '<img src=x onerror=alert(1)>',
    ];
    for (const query of queries) {
      await input.fill(query);
      await settled(page, 'search-page', query);
    }
    await input.fill('<b>qwertyuiop</b>');
    await settled(page, 'search-page', '<b>qwertyuiop</b>');
    await expect(page.locator('search-page .search-status').textContent()).resolves.toContain('“<b>qwertyuiop</b>”');
    await expect(page.locator('search-page .search-status b, search-page script, search-page img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches in Chinese, one character at a time', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/?q=${encodeURIComponent('交叉熵')}`);
    await settled(page, 'search-page', '交叉熵');
    await expect(resultIds(page, 'search-page')).resolves.toContain('categorical-cross-entropy');
    await page.goto(`${session.site.url}search/?q=${encodeURIComponent('熵')}`);
    await settled(page, 'search-page', '熵');
    await expect(page.locator('search-page .search-result').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('has no axe violations on the search page with results, nor with a results panel open', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}search/?q=attention`);
    await settled(page, 'search-page', 'attention');
    await page.locator('search-page .katex-display').first().waitFor();
    let { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.goto(`${session.site.url}equations/softmax/`);
    await page.locator('#header-search-input').fill('relu');
    await settled(page, 'search-box', 'relu');
    ({ violations } = await new AxeBuilder({ page }).analyze());
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it("gives every page one search box: the home page's box shows results as you type", async () => {
    const page = await session.newPage();
    for (const path of ['', 'search/', '404.html', 'equations/softmax/', 'notation/']) {
      await page.goto(`${session.site.url}${path}`);
      await expect(page.locator('input[type="search"]').count(), path).resolves.toBe(1);
    }
    await page.goto(session.site.url);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('hero-search-input');
    await page.keyboard.type('softmx');
    await settled(page, 'search-box', 'softmx');
    await expect(resultIds(page, 'search-box').then((ids) => ids[0])).resolves.toBe('softmax');
    await expect(page.locator('#hero-search-panel').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('search without JavaScript', () => {
  let noJs: BrowserSession;
  beforeAll(async () => {
    noJs = await openSession({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noJs.close();
  });

  it('submits the header box to the search page, which explains and links every category', async () => {
    const page = await noJs.newPage();
    await page.goto(`${noJs.site.url}equations/softmax/`);
    await page.locator('#header-search-input').fill('relu');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${noJs.site.url}search/?q=relu`);
    await expect(page.locator('.search-browse a').count()).resolves.toBeGreaterThanOrEqual(16);
    await expect(page.locator('main').innerText()).resolves.toContain('Search runs in your browser and needs JavaScript');
    await page.close();
  });
});
