/**
 * Pure helpers of `npm run bench`: options, medians, byte accounting by resource kind,
 * GNU time output parsing and the Markdown table. Unit-tested in tests/unit/bench.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { UsageError } from '../cli.ts';

export interface BenchOptions {
  /** Synthetic collection sizes to build, in order. */
  sizes: number[];
  /** Skip Lighthouse (it is also skipped, with the reason, when it cannot run). */
  lighthouse: boolean;
  /** Write BENCHMARKS.md (the table is always printed). */
  write: boolean;
  /** Build this commit (git archive) instead of the working tree. */
  ref?: string;
}

export const DEFAULT_SIZES = [1000, 5000];

/**
 * `--quick` drops the 5,000 collection; `--sizes 1000,5000` chooses; `--no-lighthouse`;
 * `--no-write`; `--ref HEAD` builds a commit instead of the working tree.
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: [...DEFAULT_SIZES], lighthouse: true, write: true };
  let quick = false;
  let explicitSizes = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') quick = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const value = arg === '--sizes' ? argv[(i += 1)] : arg.slice('--sizes='.length);
      options.sizes = parseSizes(value ?? '');
      explicitSizes = true;
    } else if (arg === '--ref' || arg.startsWith('--ref=')) {
      const value = arg === '--ref' ? argv[(i += 1)] : arg.slice('--ref='.length);
      if (!value || value.startsWith('-')) throw new UsageError('--ref takes a commit, e.g. --ref HEAD');
      options.ref = value;
    } else {
      throw new UsageError(`unknown option ${JSON.stringify(arg)}; see --help`);
    }
  }
  if (quick && !explicitSizes) options.sizes = options.sizes.filter((n) => n < 5000);
  return options;
}

function parseSizes(value: string): number[] {
  const sizes = value
    .split(',')
    .map((s) => s.trim().replace(/_/g, ''))
    .filter(Boolean)
    .map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    throw new UsageError(`--sizes takes comma-separated entry counts of at least 2, e.g. --sizes 1000,5000 (got ${JSON.stringify(value)})`);
  }
  return sizes;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const KINDS = ['HTML', 'CSS', 'JS', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** The kind of a response, from Playwright's resource type, falling back on the URL's extension. */
export function kindOf(resourceType: string, url: string): Kind {
  const path = new URL(url).pathname;
  if (resourceType === 'document') return 'HTML';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'CSS';
  if (resourceType === 'script' || /\.m?js$/.test(path)) return 'JS';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

export const PAGEFIND_PARTS = ['runtime', 'metadata', 'index chunks', 'filters', 'fragments'] as const;
export type PagefindPart = (typeof PAGEFIND_PARTS)[number];

/** Which part of Pagefind a file under pagefind/ is: the runtime (JS, worker, wasm, entry JSON) or a part of the index. */
export function pagefindPart(url: string): PagefindPart {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pf_filter')) return 'filters';
  return 'runtime';
}

/** Bytes of one response body: as stored, and gzip-compressed (never more than as stored). */
export interface Transfer {
  raw: number;
  gzip: number;
}

/**
 * What a static host sending `Content-Encoding: gzip` (level 6) would transfer for a body.
 * Bodies that are already compressed (Pagefind's chunks, WOFF2) do not shrink, so they count as stored.
 */
export function transferOf(body: Uint8Array): Transfer {
  const gzip = body.length === 0 ? 0 : gzipSync(body, { level: 6 }).length;
  return { raw: body.length, gzip: Math.min(body.length, gzip) };
}

export function addTransfers(items: readonly Transfer[]): Transfer {
  return items.reduce((sum, t) => ({ raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip }), { raw: 0, gzip: 0 });
}

/** Totals per kind (every kind present, zero when absent) and overall. */
export function byKind(items: readonly (Transfer & { kind: Kind })[]): Record<Kind | 'total', Transfer> {
  const out = Object.fromEntries([...KINDS, 'total'].map((k) => [k, { raw: 0, gzip: 0 }])) as Record<Kind | 'total', Transfer>;
  for (const item of items) {
    out[item.kind] = addTransfers([out[item.kind], item]);
    out.total = addTransfers([out.total, item]);
  }
  return out;
}

/** `Maximum resident set size (kbytes)` and `Elapsed (wall clock)` of `/usr/bin/time -v`. */
export function parseTimeVerbose(stderr: string): { maxRssKb?: number; wallSeconds?: number } {
  const out: { maxRssKb?: number; wallSeconds?: number } = {};
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  if (rss?.[1]) out.maxRssKb = Number(rss[1]);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*([\d:.]+)/.exec(stderr);
  if (wall?.[1]) out.wallSeconds = wall[1].split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return out;
}

/** 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

export function formatTransfer(t: Transfer): string {
  return `${formatBytes(t.raw)} (${formatBytes(t.gzip)} gz)`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** A GitHub-flavoured Markdown table; cells are escaped for `|` and padded for reading as text. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const all = [headers, ...rows].map((row) => headers.map((_, i) => escape(row[i] ?? '')));
  const widths = headers.map((_, i) => Math.max(3, ...all.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - cell.length)).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}
