import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { codePoints, htmlText, katexFontFormat } from '../../src/lib/font-subset';
import { ROOT } from '../helpers/entries';

/**
 * Checks of the KaTeX fonts in dist/ after src/integrations/katex-fonts.ts has subset them:
 * woff2 only, no CSS url() left dangling, a size budget, and no glyph the math needs lost
 * (each subset is compared with KaTeX's original font, reopened with fontkit).
 */
const DIST = join(ROOT, 'dist');
const BASE = (process.env['BASE'] ?? '/').replace(/\/?$/, '/');
const ORIGINALS = join(ROOT, 'node_modules', 'katex', 'dist', 'fonts');
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => join(DIST, f));
const fonts = files.filter((f) => katexFontFormat(basename(f)) !== undefined);
const woff2 = fonts.filter((f) => katexFontFormat(basename(f)) === 'woff2');
const cssFiles = files.filter((f) => f.endsWith('.css'));
const SAMPLE = ['softmax', 'scaled-dot-product-attention', 'adam', 'batch-normalization', 'kl-divergence', 'gan-minimax-objective'];

/**
 * KaTeX's originals total 259,792 bytes of woff2; subset to the 196 characters of the built
 * site they measured 193,760 (75 %). Latin fonts shrink little because the math uses almost
 * all of ASCII; the Greek, symbol and Size fonts shrink most. The bound leaves room for new
 * characters (a glyph costs roughly 100 bytes in each font that has it) and fails if the
 * subsetting stops happening.
 */
const WOFF2_BUDGET = 205_000;

/** KaTeX's font of the same name, e.g. KaTeX_Main-Regular.B22Nviop.woff2 → KaTeX_Main-Regular.woff2. */
const originalOf = (file: string) => join(ORIGINALS, basename(file).replace(/\.[\w-]+\.woff2$/, '.woff2'));
const open = (file: string) => fontkit.create(readFileSync(file)) as fontkit.Font;

/** The text of every `.katex-html` span of a page (the visible math, not the MathML copy). */
function katexHtmlText(html: string): string {
  let text = '';
  for (const start of html.matchAll(/<span class="katex-html"[^>]*>/g)) {
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = start.index + start[0].length;
    let depth = 1;
    let tag: RegExpExecArray | null;
    while (depth > 0 && (tag = tags.exec(html))) depth += tag[1] ? -1 : 1;
    text += htmlText(html.slice(start.index, depth === 0 ? tags.lastIndex : html.length));
  }
  return text;
}
const pageOf = (id: string) => readFileSync(join(DIST, 'equations', id, 'index.html'), 'utf8');
const entryIds = readdirSync(join(DIST, 'equations')).filter((id) => existsSync(join(DIST, 'equations', id, 'index.html')));
const mathCodes = codePoints(entryIds.map((id) => katexHtmlText(pageOf(id))));

describe('the KaTeX fonts in dist', () => {
  it('are woff2 only, one subset per KaTeX font', () => {
    expect(fonts.filter((f) => !f.endsWith('.woff2')).map((f) => relative(DIST, f))).toEqual([]);
    const katexWoff2 = readdirSync(ORIGINALS).filter((f) => f.endsWith('.woff2'));
    expect(woff2.map((f) => basename(originalOf(f))).sort()).toEqual(katexWoff2.sort());
  });

  it('leaves no url() in any CSS file pointing at a missing file, and one woff2 source per KaTeX face', () => {
    const problems = cssFiles.flatMap((css) => {
      const text = readFileSync(css, 'utf8');
      const urls = [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? '');
      const local = urls.filter((u) => !/^(data:|https?:|#)/.test(u)).map((u) => u.split(/[?#]/)[0] ?? '');
      const missing = local.filter((u) => {
        const path = u.startsWith('/') ? (u.startsWith(BASE) ? join(DIST, u.slice(BASE.length)) : '') : join(dirname(css), u);
        return !path || !existsSync(path) || !statSync(path).isFile();
      });
      const faces = [...text.matchAll(/@font-face\s*\{[^}]*KaTeX_[^}]*\}/g)].map((m) => m[0]);
      const multi = faces.filter((f) => (f.match(/url\(/g) ?? []).length !== 1 || !/\.woff2["']?\)\s*format\(["']woff2/.test(f));
      return [...missing.map((u) => `${relative(DIST, css)}: ${u}`), ...multi.map((f) => `${relative(DIST, css)}: ${f}`)];
    });
    expect(problems).toEqual([]);
    expect(cssFiles.some((f) => readFileSync(f, 'utf8').includes('KaTeX_Main-Regular'))).toBe(true);
  });

  it(`total less than ${WOFF2_BUDGET} bytes of woff2`, () => {
    const total = woff2.reduce((sum, f) => sum + statSync(f).size, 0);
    const original = woff2.reduce((sum, f) => sum + statSync(originalOf(f)).size, 0);
    expect(total).toBeLessThan(WOFF2_BUDGET);
    expect(total).toBeLessThan(original * 0.8);
  });

  it('keep, with its original advance width, every glyph of the math on the entry pages that KaTeX’s fonts have', () => {
    expect(SAMPLE.filter((id) => !entryIds.includes(id))).toEqual([]);
    expect(mathCodes.length).toBeGreaterThan(100);
    const lost = woff2.flatMap((file) => {
      const [before, after] = [open(originalOf(file)), open(file)];
      return mathCodes.flatMap((code) => {
        if (!before.hasGlyphForCodePoint(code)) return [];
        const same = after.hasGlyphForCodePoint(code) && after.glyphForCodePoint(code).advanceWidth === before.glyphForCodePoint(code).advanceWidth;
        return same ? [] : [`${basename(file)}: ${String.fromCodePoint(code)} (U+${code.toString(16)})`];
      });
    });
    expect(lost).toEqual([]);
  });

  it('cover every visible character of the math on sample pages with the main, math, AMS or Size fonts', () => {
    const basic = woff2.filter((f) => /^KaTeX_(Main-Regular|Math-Italic|AMS-Regular|Size\d-Regular)\./.test(basename(f))).map(open);
    expect(basic).toHaveLength(7);
    const uncovered = SAMPLE.flatMap((id) =>
      codePoints([katexHtmlText(pageOf(id))])
        .filter((c) => !/\s|\u200b/u.test(String.fromCodePoint(c)))
        .filter((c) => !basic.some((font) => font.hasGlyphForCodePoint(c)))
        .map((c) => `${id}: ${String.fromCodePoint(c)}`),
    );
    expect(uncovered).toEqual([]);
  });
});
