import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  codePoints,
  cssContentText,
  decodeEntities,
  htmlText,
  katexFontFormat,
  keepOnlyWoff2,
  subsetWoff2,
} from '../../src/lib/font-subset';
import { ROOT } from '../helpers/entries';

/** The pure logic behind src/integrations/katex-fonts.ts, and one real subset reopened with fontkit. */
const face = (name: string, hash: string) =>
  `@font-face{font-display:block;font-family:KaTeX_${name.split('-')[0] ?? ''};font-style:normal;font-weight:400;` +
  `src:url(/_astro/KaTeX_${name}.${hash}.woff2)format("woff2"),url(/_astro/KaTeX_${name}.X1-y_2.woff)format("woff"),` +
  `url(/_astro/KaTeX_${name}.Z3.ttf)format("truetype")}`;

describe('katexFontFormat', () => {
  it('recognises Vite-hashed KaTeX fonts only', () => {
    expect(katexFontFormat('KaTeX_Main-Regular.B22Nviop.woff2')).toBe('woff2');
    expect(katexFontFormat('KaTeX_AMS-Regular.DMm9YOAa.woff')).toBe('woff');
    expect(katexFontFormat('KaTeX_Size4-Regular.DWFBv043.ttf')).toBe('ttf');
    expect(katexFontFormat('KaTeX_Caligraphic-Regular.Di6jR-x-.woff2')).toBe('woff2');
    expect(katexFontFormat('Inter-Regular.abc.woff2')).toBeUndefined();
    expect(katexFontFormat('KaTeX_Main-Regular.B22Nviop.woff2.map')).toBeUndefined();
    expect(katexFontFormat('Base.BlHf7MFr.css')).toBeUndefined();
  });
});

describe('htmlText', () => {
  it('keeps text, drops tags, attributes, scripts, styles and comments, and decodes entities', () => {
    const html =
      '<p title="σ>τ" data-x=\'ω\'>a&amp;b &#x3C; &#123;&nbsp;<!-- ψ --><span class="katex">∑</span></p>' +
      '<script type="module">const φ = 1;</script><STYLE>.x{content:"χ"}</STYLE>&unknown;';
    const text = htmlText(html);
    expect(text).toContain('a&b < {\u00a0');
    expect(text).toContain('∑');
    expect(text).toContain('&unknown;');
    for (const gone of ['σ', 'τ', 'ω', 'ψ', 'φ', 'χ', 'class']) expect(text).not.toContain(gone);
  });

  it('decodes decimal, hex and astral code points', () => {
    expect(decodeEntities('&#39;&#x27;&#x1D400;&quot;&lt;&gt;&apos;')).toBe("''\u{1d400}\"<>'");
  });
});

describe('cssContentText', () => {
  it('collects content strings, unescapes them and adds digits for counters', () => {
    const css =
      '.katex .katex-version:after{content:"0.16.47"}.katex .eqn-num:before{content:"(" counter(katexEqnNo) ")"}' +
      ".a:after{content:'\\2014 \\\"x'}.b{align-content:flex-end}";
    const text = cssContentText(css);
    expect(codePoints([text])).toEqual(codePoints(['0.16.47()0123456789—"x']));
    expect(text).not.toContain('f');
  });
});

describe('codePoints', () => {
  it('deduplicates, sorts by code point and drops control characters', () => {
    expect(codePoints(['ba\n\t', 'a\u0085𝐀 ', 'é'])).toEqual([0x20, 0x61, 0x62, 0xe9, 0x1d400]);
  });
});

describe('keepOnlyWoff2', () => {
  it('leaves only the woff2 source in each KaTeX @font-face', () => {
    const css = `.katex{font:normal 1.21em KaTeX_Main}${face('AMS-Regular', 'BQhdFMY1')}${face('Main-Regular', 'B22Nviop')}`;
    const out = keepOnlyWoff2(css);
    expect(out).toContain('src:url(/_astro/KaTeX_AMS-Regular.BQhdFMY1.woff2)format("woff2")}');
    expect(out).toContain('src:url(/_astro/KaTeX_Main-Regular.B22Nviop.woff2)format("woff2")}');
    expect(out).not.toMatch(/\.woff\)|\.ttf\)|truetype/);
    expect(out.startsWith('.katex{font:normal 1.21em KaTeX_Main}')).toBe(true);
  });

  it('handles quoted URLs and whitespace, and leaves other faces alone', () => {
    const other = '@font-face { font-family: Site; src: url("/f/site.woff2") format("woff2"), url("/f/site.ttf") format("truetype"); }';
    const katex =
      '@font-face { src: url("../KaTeX_Math-Italic.t53AETM-.woff2") format("woff2"), url(\'../KaTeX_Math-Italic.flOr_0UB.ttf\'); }';
    expect(keepOnlyWoff2(other + katex)).toBe(other + '@font-face { src: url("../KaTeX_Math-Italic.t53AETM-.woff2") format("woff2"); }');
  });

  it('refuses a KaTeX face without a woff2 source', () => {
    expect(() => keepOnlyWoff2('@font-face{src:url(/_astro/KaTeX_Main-Regular.Dr94JaBh.woff)format("woff")}')).toThrow(/no woff2/);
  });
});

describe('subsetWoff2', () => {
  it('writes a valid woff2 with the wanted glyphs, not the others, and KaTeX’s original advance widths', async () => {
    const original = readFileSync(join(ROOT, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2'));
    const wanted = codePoints(['softmax(z)_i = e^{z_i} / ∑ −∞≤']);
    const subset = await subsetWoff2(original, wanted);
    expect(subset.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(subset.length).toBeLessThan(original.length / 3);
    const before = fontkit.create(original) as fontkit.Font;
    const after = fontkit.create(subset) as fontkit.Font;
    for (const code of wanted) {
      const char = String.fromCodePoint(code);
      if (!before.hasGlyphForCodePoint(code)) continue;
      expect(after.hasGlyphForCodePoint(code), char).toBe(true);
      expect(after.glyphForCodePoint(code).advanceWidth, char).toBe(before.glyphForCodePoint(code).advanceWidth);
      expect(after.glyphForCodePoint(code).path.commands.length, char).toBe(before.glyphForCodePoint(code).path.commands.length);
    }
    const kept = wanted.filter((c) => before.hasGlyphForCodePoint(c));
    // HarfBuzz may add a few related code points (≥ for ≤: Unicode mirroring pairs), no more.
    expect(after.characterSet).toEqual(expect.arrayContaining(kept));
    expect(after.characterSet.length).toBeLessThanOrEqual(kept.length + 3);
    expect(after.hasGlyphForCodePoint('Q'.codePointAt(0) ?? 0)).toBe(false);
    expect(after.unitsPerEm).toBe(before.unitsPerEm);
    expect([after.ascent, after.descent]).toEqual([before.ascent, before.descent]);
  });
});
