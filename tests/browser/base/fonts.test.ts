import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from '../../helpers/browser';
import { BASE } from '../../helpers/dist';

/**
 * Proof that subsetting each KaTeX font to the characters it draws (src/lib/font-subset.ts)
 * lost no glyph: Chromium reports, through the DevTools protocol, the platform fonts it used
 * to render each element's text. If a subset lacked a character, Chromium would fall back to
 * a system font (DejaVu, Liberation…) for it, and that font would show up here.
 */
const ENTRIES = [
  'softmax',
  'scaled-dot-product-attention',
  'adam',
  'batch-normalization',
  'kl-divergence',
  'gan-minimax-objective',
  'multi-head-attention',
  'lstm-cell',
  'svm-soft-margin',
  // Chosen for their fonts: Main-Italic (\textit), Size3/Size4 delimiters, \mathcal, \boldsymbol,
  // \mathbb, display-size operators and a cases brace.
  'sinusoidal-positional-encoding',
  'denoising-score-matching',
  'backpropagation-through-time',
  'action-value-function',
  'elu',
];
/**
 * Which glyphs a subset has does not depend on the base path; where the fonts are fetched
 * from does. Under a base path, one entry that draws in many faces is enough.
 */
const ENTRIES_UNDER_BASE = ['sinusoidal-positional-encoding'];
const SEARCH = 'search/?q=loss';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

interface PlatformFont {
  familyName: string;
  postScriptName?: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** Every platform font Chromium used for text inside `.katex-html`, with the text it drew. */
async function mathFonts(page: Page): Promise<Map<string, string>> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.katex-html, .katex-html *' });
  const used = new Map<string, string>();
  const results = await Promise.all(
    nodeIds.map(async (nodeId) => {
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] };
      return fonts.length === 0 ? { fonts, text: '' } : { fonts, text: (await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML };
    }),
  );
  // Each font with the smallest element drawn in it (getPlatformFontsForNode covers the subtree).
  for (const { fonts, text } of results) {
    for (const font of fonts) {
      const name = `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`;
      if (text.length < (used.get(name) ?? text + ' ').length) used.set(name, text);
    }
  }
  await cdp.detach();
  expect(nodeIds.length).toBeGreaterThan(50);
  return used;
}

/** Opens a page and lists the font files it fetched. */
async function open(path: string): Promise<{ page: Page; fonts: string[] }> {
  const page = await session.newPage();
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${session.site.url}${path}`);
  await page.waitForLoadState('load');
  return { page, fonts };
}

const notKatex = (used: Map<string, string>) => [...used].filter(([name]) => !/^KaTeX_\w+$/.test(name));

describe('the subset KaTeX fonts', () => {
  it.each(BASE === '/' ? ENTRIES : ENTRIES_UNDER_BASE)(
    'draw every character of the math on /equations/%s/, with no fallback font',
    async (id) => {
      const { page, fonts } = await open(`equations/${id}/`);
      const used = await mathFonts(page);
      expect(notKatex(used)).toEqual([]);
      expect(used.has('KaTeX_Main')).toBe(true);
      // The preloaded fonts are the ones the CSS loads: each file is fetched once.
      const preloads = await page
        .locator('link[rel="preload"][as="font"]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      expect(preloads.map((p) => /KaTeX_[\w-]+/.exec(p)?.[0])).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
      expect(fonts).toEqual([...new Set(fonts)]);
      expect(fonts).toEqual(expect.arrayContaining(preloads));
      await page.close();
    },
  );

  it('draw every character of the math the search page inserts', async () => {
    const { page } = await open(SEARCH);
    const slots = page.locator('search-page .result-equation');
    await slots.first().locator('.katex-html').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('search-page .result-equation')].every((s) => s.querySelector('.katex-html')),
    );
    expect(await slots.count()).toBeGreaterThan(2);
    expect(notKatex(await mathFonts(page))).toEqual([]);
    await page.close();
  });

  it('are neither preloaded nor fetched by the home page, which shows no math', async () => {
    const { page, fonts } = await open('');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('link[rel="preload"]').count()).toBe(0);
    expect(fonts).toEqual([]);
    await page.close();
  });
});
