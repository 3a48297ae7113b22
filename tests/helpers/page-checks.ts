import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, PAGE_TYPES, type BrowserSession, type OpenOptions, type PageType } from './browser';

/**
 * Lighthouse's mobile viewport is 412 px wide; its accessibility audit runs axe there. At that
 * width the summaries' target size fails and wide equations scroll (scrollable-region-focusable,
 * a rule Lighthouse turns off but axe keeps), neither of which shows on a desktop viewport.
 */
const MOBILE_WIDTH = 412;

/**
 * Rules that Lighthouse's accessibility audit turns on but axe leaves off by default
 * (lighthouse/core/gather/gatherers/accessibility.js). Without them axe passed every page while
 * Lighthouse scored the category and entry pages 96: its target-size audit (WCAG 2.2, 2.5.8)
 * failed on every "LaTeX source" and "BibTeX" summary, 22 px tall.
 */
const LIGHTHOUSE_RULES = ['target-size', 'identical-links-same-purpose', 'table-fake-caption', 'td-has-header'];

/** The axe rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The checks every page type gets: axe in both themes at desktop and mobile widths, no layout
 * shift on a slow network, 24 px touch targets, no sideways scroll. The page types are split
 * in two groups (PAGE_GROUPS), one per test file, so that two CPUs share the work.
 */
export function describePageChecks(types: readonly PageType[], getSession: () => BrowserSession): void {
  const open = (path: string, options: OpenOptions = {}): Promise<Page> => openPage(getSession(), path, options);
  describe.each(types.map((type) => [type, PAGE_TYPES[type]] as const))('the %s page', (_type, path) => {
    it.each([
      ['light', 'desktop'],
      ['dark', 'desktop'],
      ['light', 'mobile'],
      ['dark', 'mobile'],
    ] as const)('has no axe violations in the %s theme on %s', async (colorScheme, viewport) => {
      const page = await open(path, { colorScheme, ...(viewport === 'mobile' ? { width: MOBILE_WIDTH } : {}) });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(255, 255, 255)');
      const rules = Object.fromEntries(LIGHTHOUSE_RULES.map((id) => [id, { enabled: true }]));
      // The dark theme changes colours only (light-dark() in the stylesheet): the light runs
      // check every rule at both widths, the dark runs the rules that colours can break.
      const axe = new AxeBuilder({ page }).options({ rules });
      const { violations } = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    });

    it('does not shift its layout while fonts, scripts and search results arrive on a slow network', async () => {
      const page = await getSession().newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 200_000,
        uploadThroughput: 100_000,
      });
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${getSession().site.url}${path}`, { waitUntil: 'networkidle' });
      if (path.startsWith('search/')) await page.locator('search-page .search-result').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      // KaTeX's glyphs may swap in a fraction of a pixel; Lighthouse reports CLS to three decimals.
      await expect(page.evaluate(() => (window as unknown as { shifts: { total: number } }).shifts.total)).resolves.toBeLessThan(0.001);
      await page.close();
    });

    it('makes every disclosure, button and form control a touch target at least 24 px tall', async () => {
      const page = await open(path, { width: MOBILE_WIDTH });
      const { shown, small } = await page.evaluate(() => {
        // Controls not shown (closed details, @media scripting, hidden popups) are no targets.
        const controls = [...document.querySelectorAll('summary, button, select, input:not([type="hidden"])')].filter(
          (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0,
        );
        const tooSmall = controls.filter((element) => element.getBoundingClientRect().height < 24);
        return {
          shown: controls.length,
          small: tooSmall.map((element) => `${element.outerHTML.slice(0, 80)}: ${element.getBoundingClientRect().height.toFixed(1)} px`),
        };
      });
      // Every page has at least the header's search box and its buttons.
      expect(shown).toBeGreaterThanOrEqual(2);
      expect(small).toEqual([]);
      await page.close();
    });

    it('never scrolls sideways at 320 px; what does scroll (a wide equation, the category row) is focusable and shows a shade at its hidden edge', async () => {
      const page = await open(path, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.equation-math, .category-nav ul')].map((box) => ({
          scrolls: box.scrollWidth > box.clientWidth + 1,
          focusable: box.tabIndex >= 0 || box.querySelector('a') !== null,
          shaded: (getComputedStyle(box).backgroundImage.match(/radial-gradient/g) ?? []).length === 2,
        })),
      );
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes.filter((b) => b.scrolls && !(b.focusable && b.shaded))).toEqual([]);
      await page.close();
    });
  });
}
