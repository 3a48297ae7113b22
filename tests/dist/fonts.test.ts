import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { codePoints, fileNameOf, fontCharacters, katexFontFormat } from '../../src/lib/font-subset';
import { BASE, DIST, siteStylesheets } from '../helpers/dist';
import { ROOT } from '../helpers/entries';

/**
 * Checks of the KaTeX fonts in dist/ after src/integrations/katex-fonts.ts has subset each of
 * them to the characters it draws: woff2 only, no CSS url() left dangling, size budgets, and
 * no glyph lost (each subset is compared with KaTeX's original font, reopened with fontkit).
 * tests/browser/base/fonts.test.ts proves the same in Chromium, which falls back to a system font
 * for any character a subset lacks.
 */
const ORIGINALS = join(ROOT, 'node_modules', 'katex', 'dist', 'fonts');
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => join(DIST, f));
const fonts = files.filter((f) => katexFontFormat(basename(f)) !== undefined);
const woff2 = fonts.filter((f) => katexFontFormat(basename(f)) === 'woff2');
const cssFiles = files.filter((f) => f.endsWith('.css'));
const css = siteStylesheets();
const SAMPLE = ['softmax', 'scaled-dot-product-attention', 'adam', 'batch-normalization', 'kl-divergence', 'gan-minimax-objective'];

/**
 * KaTeX's originals total 259,792 bytes of woff2. Subset to the 196 characters of the whole
 * site in every font they measured 193,760; each subset to the characters that font draws
 * (the cascade in src/lib/font-subset.ts) and without hinting they measure 42,724 (16 %):
 * Main-Regular 11,240, Math-Italic 10,244, Main-Bold 4,784, the other 17 from 452 to 3,212.
 * The bounds leave room for new characters (an unhinted glyph costs roughly 50–150 bytes)
 * and fail if per-font subsetting stops happening.
 */
const WOFF2_BUDGET = 50_000;
/**
 * The woff2 an entry page fetches: softmax 29,440 bytes, adam 29,876, scaled-dot-product-
 * attention 30,208 (measured in Chromium too); the heaviest, diffusion-variational-bound
 * with ten faces, 37,628.
 */
const SAMPLE_PAGE_BUDGET = 33_000;
const ENTRY_PAGE_BUDGET = 40_000;

/** KaTeX's font of the same name, e.g. KaTeX_Main-Regular.B22Nviop.woff2 → KaTeX_Main-Regular.woff2. */
const originalOf = (file: string) => join(ORIGINALS, basename(file).replace(/\.[\w-]+\.woff2$/, '.woff2'));
const open = (file: string) => fontkit.create(readFileSync(file)) as fontkit.Font;
const distFileOf = (url: string) => woff2.find((f) => basename(f) === fileNameOf(url)) ?? '';

const pageOf = (id: string) => readFileSync(join(DIST, 'equations', id, 'index.html'), 'utf8');
const entryIds = readdirSync(join(DIST, 'equations')).filter((id) => existsSync(join(DIST, 'equations', id, 'index.html')));
const site = fontCharacters(
  files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')),
  css,
);
/** The faces an entry page's math is drawn in: the fonts a browser fetches for it. */
const drawnCache = new Map<string, string[]>();
const drawnBy = (id: string) => {
  const drawn = drawnCache.get(id) ?? [...fontCharacters([pageOf(id)], css).drawn].map(fileNameOf);
  drawnCache.set(id, drawn);
  return drawn;
};
const fetchedBy = (id: string) => drawnBy(id).reduce((sum, name) => sum + statSync(distFileOf(name)).size, 0);
/** Characters no font needs a glyph for: the zero-width space KaTeX puts in its vlists (default-ignorable). */
const IGNORABLE = new Set([0x200b]);

describe('the KaTeX fonts in dist', () => {
  it('are woff2 only, one subset per KaTeX font', () => {
    expect(fonts.filter((f) => !f.endsWith('.woff2')).map((f) => relative(DIST, f))).toEqual([]);
    const katexWoff2 = readdirSync(ORIGINALS).filter((f) => f.endsWith('.woff2'));
    expect(woff2.map((f) => basename(originalOf(f))).sort()).toEqual(katexWoff2.sort());
  });

  it('leaves no url() in any CSS file pointing at a missing file, and one woff2 source per KaTeX face', () => {
    const problems = cssFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const urls = [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? '');
      const local = urls.filter((u) => !/^(data:|https?:|#)/.test(u)).map((u) => u.split(/[?#]/)[0] ?? '');
      const missing = local.filter((u) => {
        const path = u.startsWith('/') ? (u.startsWith(BASE) ? join(DIST, u.slice(BASE.length)) : '') : join(dirname(file), u);
        return !path || !existsSync(path) || !statSync(path).isFile();
      });
      const faces = [...text.matchAll(/@font-face\s*\{[^}]*KaTeX_[^}]*\}/g)].map((m) => m[0]);
      const multi = faces.filter((f) => (f.match(/url\(/g) ?? []).length !== 1 || !/\.woff2["']?\)\s*format\(["']woff2/.test(f));
      return [...missing.map((u) => `${relative(DIST, file)}: ${u}`), ...multi.map((f) => `${relative(DIST, file)}: ${f}`)];
    });
    expect(problems).toEqual([]);
    expect(css).toContain('KaTeX_Main-Regular');
  });

  it(`total less than ${WOFF2_BUDGET} bytes of woff2`, () => {
    const total = woff2.reduce((sum, f) => sum + statSync(f).size, 0);
    const original = woff2.reduce((sum, f) => sum + statSync(originalOf(f)).size, 0);
    expect(total).toBeLessThan(WOFF2_BUDGET);
    expect(total).toBeLessThan(original * 0.2);
  });

  it(`cost an entry page at most ${ENTRY_PAGE_BUDGET} bytes, and ${SAMPLE_PAGE_BUDGET} for the sample pages`, () => {
    expect(SAMPLE.filter((id) => !entryIds.includes(id))).toEqual([]);
    const sample = Object.fromEntries(SAMPLE.map((id) => [id, fetchedBy(id)]));
    expect(Object.entries(sample).filter(([, bytes]) => bytes > SAMPLE_PAGE_BUDGET)).toEqual([]);
    const heavy = entryIds.map((id) => [id, fetchedBy(id)] as const).filter(([, bytes]) => bytes > ENTRY_PAGE_BUDGET);
    expect(heavy).toEqual([]);
  });

  it('keep, with its original advance width and outline, every character each font draws, and not many more', () => {
    expect(site.systemFont.size).toBe(0);
    const problems = [...site.byFace].flatMap(([url, codes]) => {
      const file = distFileOf(url);
      if (!file) return [`no file for ${url}`];
      const [before, after] = [open(originalOf(file)), open(file)];
      const name = basename(file).split('.')[0] ?? '';
      const wanted = [...codes].filter((c) => !IGNORABLE.has(c));
      const lost = wanted.flatMap((code) => {
        const char = `${name}: ${String.fromCodePoint(code)} (U+${code.toString(16)})`;
        // A character the original lacks would be drawn in a system font: the cascade or KaTeX's markup is wrong.
        if (!before.hasGlyphForCodePoint(code)) return [`${char} is not in KaTeX's font`];
        const [a, b] = [before.glyphForCodePoint(code), after.glyphForCodePoint(code)];
        const same = after.hasGlyphForCodePoint(code) && b.advanceWidth === a.advanceWidth && b.path.commands.length === a.path.commands.length;
        return same ? [] : [`${char} lost or changed`];
      });
      // HarfBuzz adds Unicode mirroring pairs (≤ for ≥, } for {); fontkit lists format 4's U+FFFF end marker.
      const extra = after.characterSet.filter((c) => !codes.has(c) && c !== 0xffff);
      return extra.length > 3 ? [...lost, `${name} also has ${String.fromCodePoint(...extra)}`] : lost;
    });
    expect(problems).toEqual([]);
  });

  it('keep KaTeX’s equation numbers: brackets and every digit in KaTeX_Main', () => {
    const main = [...site.byFace].find(([url]) => fileNameOf(url).startsWith('KaTeX_Main-Regular.'))?.[1] ?? new Set<number>();
    expect(codePoints(['()0123456789']).filter((c) => !main.has(c))).toEqual([]);
  });

  it('are preloaded on pages with math, the same files the CSS loads, and those fonts are the ones entry pages draw', () => {
    const preloads = (html: string) => [...html.matchAll(/<link rel="preload" as="font"[^>]* href="([^"]+)"/g)].map((m) => m[1] ?? '');
    const entry = preloads(pageOf('softmax'));
    expect(entry.map((url) => fileNameOf(url).split('.')[0])).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
    for (const url of entry) {
      expect(url.startsWith(`${BASE}_astro/`)).toBe(true);
      expect(css).toContain(`url(${url})`);
      expect(existsSync(join(DIST, url.slice(BASE.length)))).toBe(true);
    }
    expect(preloads(readFileSync(join(DIST, 'index.html'), 'utf8'))).toEqual([]);
    expect(preloads(readFileSync(join(DIST, 'search', 'index.html'), 'utf8'))).toEqual(entry);
    // Every entry page draws both (one, "specificity", has no italic letter and fetches Math-Italic for nothing).
    const without = entry.map((url) => entryIds.filter((id) => !drawnBy(id).includes(fileNameOf(url))));
    expect(without[0]).toEqual([]);
    expect(without[1]?.length).toBeLessThanOrEqual(3);
  });
});
