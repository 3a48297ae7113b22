/**
 * Chromium measurements of a built site for `npm run bench`: search (bytes fetched per query,
 * keystroke-to-results latency) and the weight of a first visit to a page.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import {
  addTransfers,
  byKind,
  kindOf,
  PAGEFIND_PARTS,
  pagefindPart,
  transferOf,
  type Kind,
  type PagefindPart,
  type Transfer,
} from './stats.ts';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

interface Fetched extends Transfer {
  url: string;
  kind: Kind;
  phase: string;
}

/**
 * Records every finished request of a context (pages and their workers) with its body size,
 * tagged with the phase that was current when the request started, and knows when the
 * network has been quiet.
 */
class NetworkLog {
  phase = 'load';
  readonly fetched: Fetched[] = [];
  #phases = new WeakMap<Request, string>();
  #pending = new Set<Promise<void>>();
  #inflight = 0;
  #lastActivity = performance.now();

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.#phases.set(request, this.phase);
      this.#inflight += 1;
      this.#lastActivity = performance.now();
    });
    const done = (request: Request, ok: boolean) => {
      const task = (async () => {
        if (ok) {
          const response = await request.response();
          const body = response && response.status() < 300 ? await response.body().catch(() => undefined) : undefined;
          if (body) {
            this.fetched.push({
              url: request.url(),
              kind: kindOf(request.resourceType(), request.url()),
              phase: this.#phases.get(request) ?? 'unknown',
              ...transferOf(body),
            });
          }
        }
      })().finally(() => {
        this.#inflight -= 1;
        this.#lastActivity = performance.now();
        this.#pending.delete(task);
      });
      this.#pending.add(task);
    };
    context.on('requestfinished', (request) => {
      done(request, true);
    });
    context.on('requestfailed', (request) => {
      done(request, false);
    });
  }

  /** Resolves once no request has been in flight for `quietMs`. */
  async idle(quietMs = 300, timeoutMs = 30_000): Promise<void> {
    const start = performance.now();
    while (this.#inflight > 0 || performance.now() - this.#lastActivity < quietMs) {
      if (performance.now() - start > timeoutMs) throw new Error('the network did not go quiet');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await Promise.all(this.#pending);
  }

  sum(filter: (f: Fetched) => boolean): Transfer & { requests: number } {
    const items = this.fetched.filter(filter);
    return { ...byKind(items).total, requests: items.length };
  }
}

const isPagefind = (f: Fetched) => new URL(f.url).pathname.includes('/pagefind/');

export interface QueryTiming {
  query: string;
  /** Milliseconds from the input event to the results list showing this query (data-query set). */
  ms: number;
  /** Result items rendered. */
  results: number;
}

export interface SearchMeasurement {
  /** Pagefind requests of the first query (plus any Pagefind file the page loaded before it). */
  first: Transfer & { requests: number };
  /** The same bytes by part of Pagefind. */
  firstParts: Record<PagefindPart, Transfer>;
  /** Everything else the first query fetched (the site's search index and equation fragments). */
  firstOther: Transfer & { requests: number };
  firstTiming: QueryTiming;
  second: Transfer & { requests: number };
  secondOther: Transfer & { requests: number };
  secondTiming: QueryTiming;
  /** The later queries, each timed once. */
  later: QueryTiming[];
  /** Pagefind bytes fetched by all later queries together. */
  laterPagefind: Transfer & { requests: number };
  /** The later queries again, in the same order: everything they need is already loaded. */
  repeated: QueryTiming[];
}

/**
 * Types one query into the /search/ page as a single input event (as a paste or the last
 * keystroke would deliver it) and times, inside the page, the input event to the moment the
 * results list carries `data-query` equal to the query: the search UI sets it after rendering.
 */
async function timedQuery(page: Page, query: string): Promise<QueryTiming> {
  // Clear first, so the list's data-query changes when the query's results are rendered.
  await page.locator('search-page input').fill('');
  await page.locator('search-page .search-results[data-query=""]').waitFor({ state: 'attached' });
  const measured = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('search-page input');
    const list = document.querySelector<HTMLElement>('search-page .search-results');
    if (!input || !list) throw new Error('no search-page input or results list');
    const rendered = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.dataset['query'] === q) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const end = await rendered;
    return { ms: end - start, results: list.querySelectorAll('.search-result').length };
  }, query);
  return { query, ...measured };
}

/** The /search/ page in a fresh context: first query (cold), second query, then `later` queries. */
export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  queries: { first: string; second: string; later: readonly string[] },
): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  const log = new NetworkLog(context);
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });
    await log.idle();

    log.phase = 'first';
    const firstTiming = await timedQuery(page, queries.first);
    await log.idle();
    log.phase = 'second';
    const secondTiming = await timedQuery(page, queries.second);
    await log.idle();
    log.phase = 'later';
    const later: QueryTiming[] = [];
    for (const query of queries.later) {
      later.push(await timedQuery(page, query));
      await log.idle(100);
    }
    log.phase = 'repeated';
    const repeated: QueryTiming[] = [];
    for (const query of queries.later) {
      repeated.push(await timedQuery(page, query));
      await log.idle(100);
    }
    if (process.env['BENCH_DEBUG']) console.error(log.fetched.map((f) => `${f.phase} ${f.kind} ${f.raw} ${f.url}`).join('\n'));
    const firstPagefind = log.fetched.filter((f) => isPagefind(f) && (f.phase === 'first' || f.phase === 'load'));
    const firstParts = Object.fromEntries(
      PAGEFIND_PARTS.map((part) => [part, addTransfers(firstPagefind.filter((f) => pagefindPart(f.url) === part))]),
    ) as Record<PagefindPart, Transfer>;
    return {
      first: log.sum((f) => isPagefind(f) && (f.phase === 'first' || f.phase === 'load')),
      firstParts,
      firstOther: log.sum((f) => !isPagefind(f) && f.phase === 'first'),
      firstTiming,
      second: log.sum((f) => isPagefind(f) && f.phase === 'second'),
      secondOther: log.sum((f) => !isPagefind(f) && f.phase === 'second'),
      secondTiming,
      later,
      laterPagefind: log.sum((f) => isPagefind(f) && f.phase === 'later'),
      repeated,
    };
  } finally {
    await context.close();
  }
}

export type PageWeight = Record<Kind | 'total', Transfer> & { requests: number };

/** Everything a first visit to `url` transfers (fresh context: empty cache), summed by kind. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const log = new NetworkLog(context);
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await log.idle(500);
    return { ...byKind(log.fetched), requests: log.fetched.length };
  } finally {
    await context.close();
  }
}
