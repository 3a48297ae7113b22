/**
 * Lighthouse scores (its default config: the mobile preset, simulated throttling) for a few
 * pages, with chrome-launcher driving Debian's Chromium headless. Any failure to load or run
 * Lighthouse becomes a reason to print instead of a crash: the rest of the bench goes on.
 */
import { CHROMIUM } from '../chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export type LighthouseScores = Record<LighthouseCategory, number | undefined>;

export type LighthouseOutcome =
  { ok: true; version: string; scores: Map<string, LighthouseScores>; warnings: string[] } | { ok: false; reason: string };

const message = (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));

/** Scores 0–100 per page URL. */
export async function runLighthouse(urls: readonly string[]): Promise<LighthouseOutcome> {
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    launch = (await import('chrome-launcher')).launch;
  } catch (error) {
    return { ok: false, reason: `the lighthouse package could not be loaded (${message(error)}); run npm install` };
  }
  let chrome: Awaited<ReturnType<typeof launch>>;
  try {
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'], logLevel: 'silent' });
  } catch (error) {
    return { ok: false, reason: `Chromium could not be started for Lighthouse (${message(error)})` };
  }
  try {
    const scores = new Map<string, LighthouseScores>();
    const warnings: string[] = [];
    let version = '';
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      if (!result) return { ok: false, reason: `Lighthouse returned no result for ${url}` };
      const { lhr } = result;
      if (lhr.runtimeError) return { ok: false, reason: `Lighthouse failed on ${url}: ${lhr.runtimeError.message}` };
      version = lhr.lighthouseVersion;
      warnings.push(...lhr.runWarnings.map((w) => `${url}: ${w}`));
      const score = (id: LighthouseCategory) => {
        const s = lhr.categories[id]?.score;
        return typeof s === 'number' ? Math.round(s * 100) : undefined;
      };
      scores.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      });
    }
    return { ok: true, version, scores, warnings };
  } catch (error) {
    return { ok: false, reason: `Lighthouse could not run (${message(error)})` };
  } finally {
    chrome.kill();
  }
}
