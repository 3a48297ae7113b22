import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../scripts/chromium.ts';
import { startServer, type StaticServer } from '../../scripts/static-server.ts';
import { BASE, DIST } from './dist';

export interface BrowserSession {
  site: StaticServer;
  context: BrowserContext;
  /** Every URL the pages requested, to prove nothing leaves the site's origin. */
  requests: string[];
  /** Every response the pages got, to prove each request of the site's own finds its file. */
  responses: { url: string; status: number }[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves dist/ (or `dir`) on 127.0.0.1 and opens a fresh Chromium profile against it. */
export async function openSession(options: { dir?: string; base?: string; javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
  const site = await startServer({ dir: options.dir ?? DIST, base: options.base ?? BASE });
  const profile = mkdtempSync(join(tmpdir(), 'mleq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  // Playwright's 30 s defaults are a hang guard, not a speed test: on a loaded machine a page
  // may take longer, so they are as long as the test timeout.
  context.setDefaultTimeout(5 * 60_000);
  context.setDefaultNavigationTimeout(5 * 60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const responses: BrowserSession['responses'] = [];
  context.on('response', (response) => responses.push({ url: response.url(), status: response.status() }));
  return {
    site,
    context,
    requests,
    responses,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await site.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One page of each type, as a reader reaches it. */
export const PAGE_TYPES = {
  home: '',
  category: 'activations/',
  entry: 'equations/scaled-dot-product-attention/',
  'entry with aligned rows': 'equations/adam/',
  search: 'search/?q=attention',
  'not found': '404.html',
  notation: 'notation/',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

/** The page types in two groups of about equal test time, one per browser test file. */
export const PAGE_GROUPS: readonly [readonly PageType[], readonly PageType[]] = [
  ['home', 'category', 'entry'],
  ['entry with aligned rows', 'search', 'not found', 'notation'],
];

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
}

/**
 * Opens a page of the site with a recorder of CSP violations installed before any of its
 * scripts run (read them with {@link cspViolations}); on the search page, waits for results.
 */
export async function openPage(session: BrowserSession, path: string, options: OpenOptions = {}): Promise<Page> {
  const page = await session.newPage();
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  await page.goto(`${session.site.url}${path}`);
  await page.waitForLoadState('load');
  if (path.startsWith('search/')) await page.locator('search-page .search-result').first().waitFor();
  return page;
}

/** The CSP violations a page opened with {@link openPage} has seen so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/**
 * Records every label a control shows from now on. A copy button shows "Copied" for two
 * seconds only; reading its text after the click could miss that on a loaded machine, so the
 * tests wait for the label in this record instead (no dependence on timing).
 */
export async function recordLabels(control: Locator): Promise<(label: string | RegExp) => Promise<void>> {
  await control.evaluate((el) => {
    const seen: string[] = [];
    Object.assign(el, { seenLabels: seen });
    new MutationObserver(() => seen.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return async (label) => {
    const source = typeof label === 'string' ? { text: label } : { pattern: label.source, flags: label.flags };
    await control.evaluate(
      (el, want) =>
        new Promise<void>((resolve) => {
          const seen = (el as unknown as { seenLabels: string[] }).seenLabels;
          const matches = (s: string) => ('text' in want ? s === want.text : new RegExp(want.pattern, want.flags).test(s));
          const poll = (): void => {
            if (seen.some(matches)) resolve();
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      source,
    );
  };
}

/**
 * Waits until a search UI (`search-page` or `search-box`) has finished showing `query`: its
 * results list carries `data-complete` (src/client/search.ts). A minute is far more than any
 * search takes (the full text gives up after 10 s), so a failure names the query.
 */
export async function searchSettled(page: Page, ui: 'search-page' | 'search-box', query: string): Promise<void> {
  await page
    .locator(`${ui} .search-results[data-complete=${JSON.stringify(query)}]`)
    .waitFor({ state: 'attached', timeout: 60_000 })
    .catch((error: unknown) => {
      throw new Error(`the search for ${JSON.stringify(query)} in ${ui} did not finish: ${String(error)}`);
    });
}
