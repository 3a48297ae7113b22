import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { entryPath, generateEntries, seededRandom, slugify, toMarkdown } from '../../scripts/bench/synthetic';
import {
  byKind,
  formatBytes,
  kindOf,
  markdownTable,
  median,
  parseOptions,
  pagefindPart,
  parseTimeVerbose,
  percentile,
  transferOf,
} from '../../scripts/bench/stats';
import { CATEGORY_IDS } from '../../src/lib/categories';
import { formatProblem, validateEntries } from '../../src/lib/content-validator';
import { ENTRY_ID_PATTERN, equationSchema } from '../../src/lib/schema';

describe('synthetic entries for the benchmark', () => {
  const entries = generateEntries(400, 7);

  it('are deterministic for a seed and differ between seeds', () => {
    expect(generateEntries(30, 7).map(toMarkdown)).toEqual(generateEntries(30, 7).map(toMarkdown));
    expect(generateEntries(30, 8).map(toMarkdown)).not.toEqual(generateEntries(30, 7).map(toMarkdown));
    const r = seededRandom(1);
    const first = [r(), r(), r()];
    const again = seededRandom(1);
    expect([again(), again(), again()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('have the requested count, unique valid ids and cover every category', () => {
    expect(entries).toHaveLength(400);
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(400);
    expect(entries.every((e) => ENTRY_ID_PATTERN.test(e.id))).toBe(true);
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(CATEGORY_IDS));
    expect(new Set(entries.map((e) => entryPath(e))).size).toBe(400);
    expect(generateEntries(5000, 1)).toHaveLength(5000);
  });

  it('pass the frontmatter schema after a round trip through Markdown', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const { frontmatter, content } = parseFrontmatter(toMarkdown(entry));
      const result = equationSchema.safeParse(frontmatter);
      if (!result.success) problems.push(`${entry.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      else {
        expect(result.data.title).toBe(entry.title);
        expect(result.data.related).toEqual(entry.related);
      }
      expect(content.trim()).toBe(entry.body.trim());
    }
    expect(problems).toEqual([]);
  });

  it('pass every content rule, as one collection (KaTeX, portability, style, sections, links)', () => {
    const sources = entries.map((e) => ({ file: `content/equations/${entryPath(e)}`, text: toMarkdown(e) }));
    expect(validateEntries(sources).map(formatProblem)).toEqual([]);
  });

  it('relate only to existing entries, never to themselves, and vary', () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(entries.flatMap((e) => e.related.filter((id) => !ids.has(id) || id === e.id))).toEqual([]);
    expect(entries.every((e) => e.related.length > 0)).toBe(true);
    expect(entries.some((e) => e.paper?.arxiv)).toBe(true);
    expect(entries.some((e) => e.paper?.doi)).toBe(true);
    expect(entries.some((e) => !e.paper)).toBe(true);
    expect(entries.some((e) => e.body.includes('\\begin{cases}'))).toBe(true);
    expect(entries.some((e) => e.body.includes('\\begin{aligned}'))).toBe(true);
    expect(new Set(entries.map((e) => e.body.split('$$')[1])).size).toBeGreaterThan(100);
  });

  it('slugify titles into ids', () => {
    expect(slugify('Class-balanced F-score (per-example form)')).toBe('class-balanced-f-score-per-example-form');
  });
});

describe('benchmark statistics and formatting', () => {
  it('median and percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 50)).toBe(5);
  });

  it('options', () => {
    expect(parseOptions([])).toEqual({ sizes: [1000, 5000], lighthouse: true, write: true });
    expect(parseOptions(['--ref', 'HEAD']).ref).toBe('HEAD');
    expect(() => parseOptions(['--ref'])).toThrow(/--ref/);
    expect(parseOptions(['--quick']).sizes).toEqual([1000]);
    expect(parseOptions(['--sizes', '200,1_000']).sizes).toEqual([200, 1000]);
    expect(parseOptions(['--sizes=5000', '--no-lighthouse', '--no-write'])).toEqual({ sizes: [5000], lighthouse: false, write: false });
    expect(() => parseOptions(['--sizes', 'lots'])).toThrow(/--sizes/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
  });

  it('byte accounting by kind, raw and gzip', () => {
    expect(kindOf('document', 'http://h/')).toBe('HTML');
    expect(kindOf('stylesheet', 'http://h/_astro/a.css')).toBe('CSS');
    expect(kindOf('script', 'http://h/_astro/a.js')).toBe('JS');
    expect(kindOf('fetch', 'http://h/pagefind/pagefind.js')).toBe('JS');
    expect(kindOf('font', 'http://h/_astro/KaTeX_Main.woff2')).toBe('fonts');
    expect(kindOf('fetch', 'http://h/search-index.json')).toBe('other');
    expect(pagefindPart('http://h/pagefind/pagefind.js')).toBe('runtime');
    expect(pagefindPart('http://h/pagefind/wasm.en.pagefind')).toBe('runtime');
    expect(pagefindPart('http://h/pagefind/pagefind-entry.json?ts=1')).toBe('runtime');
    expect(pagefindPart('http://h/pagefind/pagefind.en_1ad73d2088.pf_meta')).toBe('metadata');
    expect(pagefindPart('http://h/pagefind/index/en_c1f3e1e.pf_index')).toBe('index chunks');
    expect(pagefindPart('http://h/pagefind/filter/en_1.pf_filter')).toBe('filters');
    expect(pagefindPart('http://h/pagefind/fragment/en_1.pf_fragment')).toBe('fragments');
    const text = new TextEncoder().encode('abc '.repeat(1000));
    const t = transferOf(text);
    expect(t.raw).toBe(4000);
    expect(t.gzip).toBeLessThan(100);
    const random = new Uint8Array(2000).map((_, i) => (i * 2654435761) >>> 24);
    expect(transferOf(random).gzip).toBeLessThanOrEqual(2000);
    expect(transferOf(new Uint8Array())).toEqual({ raw: 0, gzip: 0 });
    const sums = byKind([
      { kind: 'HTML', raw: 10, gzip: 4 },
      { kind: 'JS', raw: 5, gzip: 2 },
      { kind: 'HTML', raw: 1, gzip: 1 },
    ]);
    expect(sums.HTML).toEqual({ raw: 11, gzip: 5 });
    expect(sums.fonts).toEqual({ raw: 0, gzip: 0 });
    expect(sums.total).toEqual({ raw: 16, gzip: 7 });
  });

  it('reads /usr/bin/time -v', () => {
    const stderr = [
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 812344',
      '\tExit status: 0',
    ].join('\n');
    expect(parseTimeVerbose(stderr)).toEqual({ maxRssKb: 812344, wallSeconds: 62.5 });
    expect(parseTimeVerbose('nothing')).toEqual({});
  });

  it('formats bytes and a Markdown table', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(149_500)).toBe('149.5 KB');
    expect(formatBytes(24_300_000)).toBe('24.3 MB');
    expect(
      markdownTable(
        ['Measure', 'A'],
        [
          ['x | y', '1'],
          ['long measure', '22'],
        ],
      ),
    ).toBe(['| Measure      | A   |', '| ------------ | --- |', '| x \\| y       | 1   |', '| long measure | 22  |'].join('\n'));
  });
});
