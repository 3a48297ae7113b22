/**
 * `npm run bench`: builds the real site and synthetic collections (1,000 and 5,000 entries by
 * default) in temporary copies of the project, measures build time and memory, dist and
 * search-index size, search bytes and latency in Chromium, page weights and Lighthouse
 * scores, prints one Markdown table and writes it to BENCHMARKS.md. Not a test.
 *
 *   npm run bench                         real site, 1,000 and 5,000
 *   npm run bench -- --quick              without the 5,000 collection
 *   npm run bench -- --sizes 1000,5000    choose the synthetic sizes
 *   npm run bench -- --no-lighthouse      skip Lighthouse
 *   npm run bench -- --no-write           print only, leave BENCHMARKS.md alone
 *   npm run bench -- --ref HEAD           build a commit instead of the working tree
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, measurePage, measureSearch } from './bench/browser.ts';
import { CHROMIUM } from './chromium.ts';
import { parseCommandLine } from './cli.ts';
import { runLighthouse, type LighthouseScores } from './bench/lighthouse.ts';
import { build, copyProject, dirStats, removeProject, writeEntries } from './bench/project.ts';
import { benchmarksMarkdown, benchTable, describeMachine, PAGE_TYPES, type ConfigResult } from './bench/report.ts';
import { formatCount, parseOptions } from './bench/stats.ts';
import { generateEntries } from './bench/synthetic.ts';
import { startServer } from './static-server.ts';

const USAGE = `
Usage: npm run bench [-- options]

Builds the real site and synthetic collections in temporary copies of the project and
measures build time and memory, dist and search-index size, search bytes and latency in
Chromium, page weights and Lighthouse scores; prints a Markdown table and writes BENCHMARKS.md.

Options:
  --quick            without the 5,000-entry collection
  --sizes N[,N…]     the synthetic collection sizes (default: 1000,5000), e.g. --sizes 10000
  --no-lighthouse    skip Lighthouse
  --no-write         print only, leave BENCHMARKS.md alone
  --ref REV          build a commit (e.g. HEAD) instead of the working tree
  --help             show this help
`;

const ROOT = join(import.meta.dirname, '..');
const SEED = 20240601;

/**
 * The same queries for every column; each has results on the real site and in the synthetic
 * collections of 1,000 entries and more (a query without results takes another code path).
 */
const QUERIES = {
  first: 'softmax',
  second: 'batch normalization',
  later: [
    'entropy',
    'attention',
    'normalization',
    'gradient',
    'kernel',
    'distance',
    'divergence',
    'convolution',
    'policy',
    'bellman',
    'gaussian',
    'sigmoid',
    'regression',
    'cosine',
    '\\sqrt{d_k}',
    'precision',
    'dropout',
    'momentum',
    'variance',
    'layer norm',
  ],
} as const;

const say = (message: string) => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

async function measure(
  config: { label: string; size?: number },
  browser: Browser,
  lighthouse: boolean,
  ref?: string,
): Promise<ConfigResult> {
  const entries = config.size === undefined ? undefined : generateEntries(config.size, SEED);
  const entryId = entries ? (entries.find((e) => e.category === 'activations' && e.id.includes('softmax')) ?? entries[0])?.id : 'softmax';
  const result: ConfigResult = {
    label: config.label,
    synthetic: entries !== undefined,
    entries: 0,
    pagePaths: { home: '/', category: '/activations/', entry: `/equations/${entryId ?? 'softmax'}/`, search: '/search/' },
    errors: [],
  };
  const dir = await copyProject(ROOT, config.size === undefined ? 'real' : String(config.size), ref);
  try {
    if (entries) await writeEntries(dir, entries);
    result.entries = (await dirStats(join(dir, 'content', 'equations'), (p) => p.endsWith('.md'))).files;
    say(`${config.label}: building ${formatCount(result.entries)} entries in ${dir}`);
    try {
      result.build = await build(dir);
    } catch (error) {
      result.errors.push(error instanceof Error ? error.message : String(error));
      return result;
    }
    say(`${config.label}: built in ${(result.build.wallMs / 1000).toFixed(1)} s`);
    const dist = join(dir, 'dist');
    result.dist = await dirStats(dist);
    result.pagefind = {
      total: await dirStats(join(dist, 'pagefind')),
      fragment: await dirStats(join(dist, 'pagefind', 'fragment')),
      index: await dirStats(join(dist, 'pagefind', 'index')),
    };

    const site = await startServer({ dir: dist, port: 0 });
    try {
      try {
        say(`${config.label}: search in Chromium`);
        result.search = await measureSearch(browser, site.url, QUERIES);
        const empty = [result.search.firstTiming, result.search.secondTiming, ...result.search.later].filter((t) => t.results === 0);
        if (empty.length > 0) say(`${config.label}: warning: no results for ${empty.map((t) => JSON.stringify(t.query)).join(', ')}`);
      } catch (error) {
        result.errors.push(`search: ${error instanceof Error ? error.message : String(error)}`);
      }
      say(`${config.label}: page weights`);
      result.pages = {};
      for (const type of PAGE_TYPES) {
        try {
          result.pages[type] = await measurePage(browser, `${site.origin}${result.pagePaths[type]}`);
        } catch (error) {
          result.errors.push(`${type} page: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (lighthouse) {
        say(`${config.label}: Lighthouse`);
        const outcome = await runLighthouse(PAGE_TYPES.map((t) => `${site.origin}${result.pagePaths[t]}`));
        if (outcome.ok) {
          // Keyed by path, as the table looks them up.
          const byPath = new Map<string, LighthouseScores>();
          for (const type of PAGE_TYPES) {
            const scores = outcome.scores.get(`${site.origin}${result.pagePaths[type]}`);
            if (scores) byPath.set(result.pagePaths[type], scores);
          }
          result.lighthouse = { ...outcome, scores: byPath };
        } else {
          result.lighthouse = outcome;
          say(`Lighthouse: not measured: ${outcome.reason}`);
        }
      }
    } finally {
      await site.close();
    }
    return result;
  } finally {
    await removeProject(dir);
  }
}

const options = parseCommandLine(USAGE, process.argv.slice(2), parseOptions);
const started = performance.now();
const machine = describeMachine(ROOT, CHROMIUM, options.ref);
const configs = [{ label: 'Real site' }, ...options.sizes.map((size) => ({ label: `${formatCount(size)} synthetic`, size }))];
say(`configurations: ${configs.map((c) => c.label).join(', ')}${options.lighthouse ? ', Lighthouse on the real site' : ''}`);

const results: ConfigResult[] = [];
const browser = await launchBrowser();
try {
  for (const config of configs) {
    const result = await measure(config, browser, options.lighthouse && config.label === 'Real site', options.ref);
    for (const error of result.errors) say(`${config.label}: FAILED: ${error}`);
    results.push(result);
  }
} finally {
  await browser.close();
}

const table = benchTable(results);
process.stdout.write(`${table}\n`);
const durationMs = performance.now() - started;
const lighthouseOutcome = results.find((r) => !r.synthetic)?.lighthouse;
if (lighthouseOutcome && !lighthouseOutcome.ok) process.stdout.write(`\nLighthouse: not measured: ${lighthouseOutcome.reason}\n`);
say(`done in ${(durationMs / 60_000).toFixed(1)} min`);
if (options.write) {
  const markdown = benchmarksMarkdown({
    table,
    date: new Date().toISOString().slice(0, 10),
    machine,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    durationMs,
    results,
    queries: QUERIES,
    lighthouse: lighthouseOutcome,
    loadAtEnd: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
  });
  await writeFile(join(ROOT, 'BENCHMARKS.md'), markdown);
  say('wrote BENCHMARKS.md');
}
if (results.some((r) => r.errors.length > 0)) process.exitCode = 1;
