import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../../src/lib/theme';
import { cspViolations, openPage, openSession, PAGE_GROUPS, PAGE_TYPES, type BrowserSession, type OpenOptions } from '../helpers/browser';
import { describePageChecks } from '../helpers/page-checks';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

const open = (path: string, options: OpenOptions = {}): Promise<Page> => openPage(session, path, options);

describePageChecks(PAGE_GROUPS[0], () => session);

describe('the theme toggle', () => {
  it('switches theme, remembers it across pages, and applies it before the first paint', async () => {
    const page = await open(PAGE_TYPES.entry, { colorScheme: 'light' });
    // The label says what the button switches to.
    const toggle = page.locator('theme-toggle button');
    await expect(toggle.innerText()).resolves.toBe('◐ Dark theme');
    await page.getByRole('button', { name: 'Dark theme', exact: true }).click();
    await expect(toggle.innerText()).resolves.toBe('◐ Light theme');
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(17, 20, 24)');
    await expect(page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).resolves.toBe('dark');

    // On the next page, the body is dark as soon as it exists: no flash of the light theme.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        Object.assign(window, { firstBackground: getComputedStyle(document.body).backgroundColor });
      });
    });
    await page.goto(`${session.site.url}${PAGE_TYPES.home}`);
    await expect(page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).resolves.toBe('rgb(17, 20, 24)');
    await expect(cspViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Light theme', exact: true }).click();
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await expect(page.locator('theme-toggle button').innerText()).resolves.toBe('◐ Dark theme');
    await page.close();
  });
});

describe('printing an entry', () => {
  it('prints the title, the equations and the definitions, without the site chrome or controls', async () => {
    const page = await open(PAGE_TYPES.entry);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      [
        '.site-header',
        '.site-footer',
        '.equation-tools',
        '.checks',
        '.citation div',
        '.prev-next',
        '.skip-link',
        '.equation-source',
      ].flatMap((selector) => {
        // A selector that matches nothing would pass as "hidden": it must exist on the page.
        const elements = [...document.querySelectorAll(selector)];
        if (elements.length === 0) return [`${selector}: not on the page`];
        return elements.some((element) => getComputedStyle(element).display !== 'none') ? [`${selector}: printed`] : [];
      }),
    );
    expect(hidden).toEqual([]);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.katex-display').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
