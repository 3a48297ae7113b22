/**
 * The one table of `npm run bench` and BENCHMARKS.md around it: results per configuration
 * (the real site, then each synthetic size) in columns, one measure per row.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import type { PageWeight, SearchMeasurement } from './browser.ts';
import type { LighthouseOutcome } from './lighthouse.ts';
import type { BuildResult, DirStats } from './project.ts';
import {
  formatBytes,
  formatCount,
  formatMs,
  formatTransfer,
  KINDS,
  markdownTable,
  median,
  PAGEFIND_PARTS,
  percentile,
  type Transfer,
} from './stats.ts';

export const PAGE_TYPES = ['home', 'category', 'entry', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface ConfigResult {
  /** Column heading, e.g. "Real site" or "1,000 synthetic". */
  label: string;
  synthetic: boolean;
  entries: number;
  build?: BuildResult;
  dist?: DirStats;
  pagefind?: { total: DirStats; fragment: DirStats; index: DirStats };
  search?: SearchMeasurement;
  /** Path (below the base) of each page type measured. */
  pagePaths: Record<PageType, string>;
  pages?: Partial<Record<PageType, PageWeight>>;
  lighthouse?: LighthouseOutcome;
  /** What went wrong, when a step failed: the cells it would have filled say so. */
  errors: string[];
}

export const GOALS = { firstQueryBytes: 150_000, laterQueryMs: 30, atEntries: 5000 } as const;

const MiB = 1024 * 1024;
const mib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${formatCount(Math.round(bytes / MiB))} MiB`);
const files = (d: DirStats | undefined) => (d ? `${formatBytes(d.bytes)} in ${formatCount(d.files)} files` : '—');
const requests = (t: (Transfer & { requests: number }) | undefined) => (t ? `${formatTransfer(t)}, ${t.requests} req.` : '—');
const PAGE_LABELS: Record<PageType, string> = { home: 'home', category: 'category page', entry: 'entry page', search: 'search page' };

function latency(timings: readonly { ms: number }[] | undefined): string {
  if (!timings || timings.length === 0) return '—';
  const ms = timings.map((t) => t.ms);
  return `${formatMs(median(ms))} (p90 ${formatMs(percentile(ms, 90))})`;
}

/** Whether the goals are met by the configuration with GOALS.atEntries synthetic entries. */
export function goalVerdicts(results: readonly ConfigResult[]): { firstQuery: string; laterQuery: string } {
  const at = results.find((r) => r.synthetic && r.entries === GOALS.atEntries)?.search;
  if (!at) return { firstQuery: 'not measured at 5,000', laterQuery: 'not measured at 5,000' };
  const first = at.first.gzip;
  const later = median(at.later.map((t) => t.ms));
  return {
    firstQuery: `${first < GOALS.firstQueryBytes ? 'met' : 'NOT met'}: ${formatBytes(first)} gz at 5,000`,
    laterQuery: `${later < GOALS.laterQueryMs ? 'met' : 'NOT met'}: ${formatMs(later)} at 5,000`,
  };
}

export function benchTable(results: readonly ConfigResult[]): string {
  const verdicts = goalVerdicts(results);
  const rows: string[][] = [];
  const row = (measure: string, cell: (r: ConfigResult) => string, goal = '') => {
    rows.push([measure, ...results.map(cell), goal]);
  };
  const failed = (r: ConfigResult) => (r.errors.length > 0 ? 'failed' : '—');
  row('Entries', (r) => formatCount(r.entries));
  row('Cold build (wall clock)', (r) => (r.build ? `${(r.build.wallMs / 1000).toFixed(1)} s` : failed(r)));
  row('Machine load (1-min average) when the build started', (r) => (r.build ? r.build.loadAtStart.toFixed(2) : failed(r)));
  row('Build time per entry', (r) => (r.build ? formatMs(r.build.wallMs / r.entries) : failed(r)));
  row('Peak RSS, largest build process', (r) => mib(r.build?.maxRssLargest));
  row('Peak RSS, whole build process tree', (r) => mib(r.build?.maxRssTree));
  row('dist/ total', (r) => files(r.dist));
  row('Pagefind index, all of dist/pagefind/', (r) => files(r.pagefind?.total));
  row('Pagefind fragments (pagefind/fragment/)', (r) => files(r.pagefind?.fragment));
  row('Pagefind index chunks (pagefind/index/)', (r) => files(r.pagefind?.index));
  row(
    'First query: Pagefind bytes fetched (JS, worker, wasm, meta, chunks, fragments)',
    (r) => requests(r.search?.first),
    `< 150 KB (${verdicts.firstQuery})`,
  );
  const PART_NOTES: Record<(typeof PAGEFIND_PARTS)[number], string> = {
    runtime: 'pagefind.js, worker, wasm, entry JSON',
    metadata: 'pf_meta',
    'index chunks': 'pf_index',
    filters: 'pf_filter',
    fragments: 'pf_fragment, one per re-ranked result',
  };
  for (const part of PAGEFIND_PARTS) {
    row(`First query, of which ${part} (${PART_NOTES[part]})`, (r) => (r.search ? formatTransfer(r.search.firstParts[part]) : failed(r)));
  }
  row('First query: other bytes fetched (equation previews, KaTeX fonts)', (r) => requests(r.search?.firstOther));
  row('First query: keystroke to rendered results (cold)', (r) => (r.search ? formatMs(r.search.firstTiming.ms) : failed(r)));
  row('Second query: Pagefind bytes fetched', (r) => requests(r.search?.second));
  row('Second query: other bytes fetched', (r) => requests(r.search?.secondOther));
  row('Later queries: keystroke to rendered results, median of 20', (r) => latency(r.search?.later), `< 30 ms (${verdicts.laterQuery})`);
  row('Later queries: Pagefind bytes fetched by all 20', (r) => requests(r.search?.laterPagefind));
  row('Same 20 queries repeated (all loaded): median', (r) => latency(r.search?.repeated));
  for (const type of PAGE_TYPES) {
    for (const kind of [...KINDS, 'total'] as const) {
      row(`First visit, ${PAGE_LABELS[type]}: ${kind}`, (r) => {
        const weight = r.pages?.[type];
        return weight ? formatTransfer(weight[kind]) : failed(r);
      });
    }
  }
  for (const type of PAGE_TYPES) {
    row(`Lighthouse mobile, ${PAGE_LABELS[type]}: performance / accessibility / best practices / SEO`, (r) => {
      if (!r.lighthouse) return r.synthetic ? '—' : 'not measured';
      if (!r.lighthouse.ok) return 'not measured';
      const s = r.lighthouse.scores.get(r.pagePaths[type]);
      return s ? [s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => n ?? '?').join(' / ') : 'not measured';
    });
  }
  return markdownTable(['Measure', ...results.map((r) => r.label), 'Goal'], rows);
}

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export interface Machine {
  nproc: string;
  cpu: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
  loadAtStart: string;
  commit: string;
}

export function describeMachine(root: string, chromium: string, ref?: string): Machine {
  const osRelease = (() => {
    try {
      return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux';
    } catch {
      return 'unknown';
    }
  })();
  return {
    nproc: run('nproc', []),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${osRelease}, Linux ${release()}`,
    node: process.version,
    chromium: run(chromium, ['--version']),
    loadAtStart: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    commit: ref
      ? `commit ${run('git', ['-C', root, 'rev-parse', '--short=12', ref])} (git archive of ${ref})`
      : `the working tree of ${run('git', ['-C', root, 'describe', '--always', '--dirty', '--abbrev=12'])}`,
  };
}

export function benchmarksMarkdown(options: {
  table: string;
  date: string;
  machine: Machine;
  command: string;
  durationMs: number;
  results: readonly ConfigResult[];
  queries: { first: string; second: string; later: readonly string[] };
  lighthouse: LighthouseOutcome | { ok: false; reason: string } | undefined;
  loadAtEnd: string;
}): string {
  const { machine, results } = options;
  const real = results.find((r) => !r.synthetic);
  const synthetic = results.find((r) => r.synthetic);
  const lighthouse = options.lighthouse;
  const lighthouseLine = !lighthouse
    ? 'Lighthouse: not measured (skipped with --no-lighthouse).'
    : lighthouse.ok
      ? `Lighthouse ${lighthouse.version}${lighthouse.warnings.length > 0 ? `; its warnings: ${lighthouse.warnings.join('; ')}` : ''}.`
      : `Lighthouse: not measured: ${lighthouse.reason}.`;
  const errors = results.flatMap((r) => r.errors.map((e) => `- ${r.label}: ${e}`));
  return [
    '# Benchmarks',
    '',
    `Measured ${options.date} with \`${options.command}\` (took ${(options.durationMs / 60_000).toFixed(1)} min), from ${machine.commit}.`,
    '',
    `Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memory} memory, ${machine.os}, Node ${machine.node}, ${machine.chromium}. Load average (1/5/15 min) ${machine.loadAtStart} at the start and ${options.loadAtEnd} at the end: the machine is shared, so times carry that noise.`,
    '',
    options.table,
    '',
    '## How each figure is measured',
    '',
    `Every column is built from scratch in its own temporary copy of the project (its working tree, or with --ref the files of a commit; without node_modules, dist, .astro and .git; node_modules/ is a directory of symlinks to the checkout's packages, so Astro's and Vite's caches under it start empty and the checkout's dist/ is never touched): the real site with its ${formatCount(real?.entries ?? 0)} entries, and synthetic collections that replace content/equations/ with seeded, deterministic entries (scripts/bench/synthetic.ts) that pass the schema and the content rules, spread evenly over the 16 categories, with one or two display equations each (fractions, sums, subscripts, \\mathbf, cases, aligned), a Where list, notes with inline math and links, aliases, papers and related ids. The cold build is the wall clock of \`astro build\` (which includes the Pagefind indexing); build time per entry divides it by the entry count. Peak RSS of the largest build process is GNU time's maximum resident set size (\`/usr/bin/time -v\`, or /proc sampling where it is missing); the whole tree is the largest sum of the RSS of the build and all its child processes, sampled from /proc every 100 ms. Sizes are bytes of files on disk (1 KB = 1,000 bytes; 1 MiB = 1,048,576 bytes). Browser figures come from headless Chromium (playwright-core) against the temporary dist/ served on a free loopback port by scripts/static-server.ts, which gzips text as a static host does: every size is given as the decoded bytes of each response and, in parentheses, what gzip (level 6) makes of each body, the usual static-host encoding; Pagefind's index chunks, fragments and wasm are already compressed, so they count as served. Pagefind runs in the page (its web worker is switched off, see src/scripts/search.ts). Search runs in a fresh browser context on /search/: each query is put in the search box as one input event (the value and an \`input\` event, as a paste or the final keystroke delivers it) after clearing the box, and the latency is the time inside the page from that event to the results list carrying \`data-query\` equal to the query, which the search UI sets once it has rendered the results (tests/browser/search.test.ts waits on the same attribute). The first query is \`${options.queries.first}\` and its bytes are every Pagefind request from opening /search/ to its results (JS, worker, wasm, metadata, index chunks and the fragments of the re-ranked results); the second is \`${options.queries.second}\`; then ${options.queries.later.length} different queries (${options.queries.later.map((q) => `\`${q}\``).join(', ')}), each timed once, median and 90th percentile (nearest rank), and the same queries again when everything they need is loaded. Page weights are first visits in a fresh context (empty cache), summing every response body by kind until the network is quiet: ${PAGE_TYPES.map((t) => `${PAGE_LABELS[t]} ${real?.pagePaths[t] ?? ''}`).join(', ')} on the real site${synthetic ? ` (the synthetic columns use the same pages, with an activations entry that has softmax in its name as the entry page, e.g. ${synthetic.pagePaths.entry})` : ''}. Lighthouse runs on the real site only, with its default (mobile) configuration and simulated throttling, one run per page, on /usr/bin/chromium started by chrome-launcher with --headless=new --no-sandbox.`,
    '',
    lighthouseLine,
    ...(errors.length > 0 ? ['', 'Failures:', '', ...errors] : []),
    '',
    'Run it with `npm run bench` (all), `npm run bench -- --quick` (without the 5,000 collection), `npm run bench -- --sizes 1000,5000`, `--no-lighthouse`, `--no-write` (print only) or `--ref HEAD` (build a commit instead of the working tree).',
    '',
  ].join('\n');
}
