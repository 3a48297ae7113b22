import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  codePoints,
  fileNameOf,
  fontCharacters,
  katexFontFormat,
  keepOnlyWoff2,
  matchFace,
  parseFontStylesheet,
  parseSelector,
  subsetWoff2,
  type FontFace,
} from '../../src/lib/font-subset';
import { ROOT } from '../helpers/entries';

/** The pure logic behind src/integrations/katex-fonts.ts, and one real subset reopened with fontkit. */
const face = (name: string, hash: string) =>
  `@font-face{font-display:block;font-family:KaTeX_${name.split('-')[0] ?? ''};font-style:normal;font-weight:400;` +
  `src:url(/_astro/KaTeX_${name}.${hash}.woff2)format("woff2"),url(/_astro/KaTeX_${name}.X1-y_2.woff)format("woff"),` +
  `url(/_astro/KaTeX_${name}.Z3.ttf)format("truetype")}`;

const KATEX_CSS = readFileSync(join(ROOT, 'node_modules/katex/dist/katex.min.css'), 'utf8');

/** The characters per KaTeX font name (`Main-Regular`) of pages set with KaTeX's own stylesheet, without the space every face keeps. */
function charsByFont(pages: string[], css = KATEX_CSS): Record<string, string> {
  const { byFace } = fontCharacters(pages, css);
  const out: Record<string, string> = {};
  for (const [url, codes] of byFace) {
    const chars = [...codes].filter((c) => c !== 0x20);
    if (chars.length > 0) out[/KaTeX_([\w-]+)/.exec(url)?.[1] ?? url] = String.fromCodePoint(...chars.sort((a, b) => a - b));
  }
  return out;
}
const math = (tex: string, displayMode = false) => katex.renderToString(tex, { displayMode, output: 'htmlAndMathml' });
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('katexFontFormat and fileNameOf', () => {
  it('recognise Vite-hashed KaTeX fonts only', () => {
    expect(katexFontFormat('KaTeX_Main-Regular.B22Nviop.woff2')).toBe('woff2');
    expect(katexFontFormat('KaTeX_AMS-Regular.DMm9YOAa.woff')).toBe('woff');
    expect(katexFontFormat('KaTeX_Size4-Regular.DWFBv043.ttf')).toBe('ttf');
    expect(katexFontFormat('KaTeX_Caligraphic-Regular.Di6jR-x-.woff2')).toBe('woff2');
    expect(katexFontFormat('Inter-Regular.abc.woff2')).toBeUndefined();
    expect(katexFontFormat('KaTeX_Main-Regular.B22Nviop.woff2.map')).toBeUndefined();
    expect(katexFontFormat('Base.BlHf7MFr.css')).toBeUndefined();
    expect(fileNameOf('/ml-equations/_astro/KaTeX_Main-Regular.B22Nviop.woff2?v=1#x')).toBe('KaTeX_Main-Regular.B22Nviop.woff2');
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
    const katexFace =
      '@font-face { src: url("../KaTeX_Math-Italic.t53AETM-.woff2") format("woff2"), url(\'../KaTeX_Math-Italic.flOr_0UB.ttf\'); }';
    expect(keepOnlyWoff2(other + katexFace)).toBe(
      other + '@font-face { src: url("../KaTeX_Math-Italic.t53AETM-.woff2") format("woff2"); }',
    );
  });

  it('refuses a KaTeX face without a woff2 source', () => {
    expect(() => keepOnlyWoff2('@font-face{src:url(/_astro/KaTeX_Main-Regular.Dr94JaBh.woff)format("woff")}')).toThrow(/no woff2/);
  });
});

describe('parseSelector', () => {
  it('reads compounds, combinators, pseudo-elements and specificity', () => {
    const s = parseSelector('.katex .delimsizing.mult .delim-size1>span');
    expect(s.compounds.map((c) => [c.type, c.classes])).toEqual([
      [undefined, ['katex']],
      [undefined, ['delimsizing', 'mult']],
      [undefined, ['delim-size1']],
      ['span', []],
    ]);
    expect(s.combinators).toEqual([' ', ' ', '>']);
    expect(s.specificity).toEqual([0, 4, 1]);
    expect(parseSelector('.katex .eqn-num:before').pseudoElement).toBe('before');
    expect(parseSelector('.a::after').specificity).toEqual([0, 1, 1]);
    expect(parseSelector(':root').compounds[0]?.root).toBe(true);
    const odd = parseSelector('li + li:not(.x) ~ a[href]');
    expect(odd.combinators).toEqual(['+', '~']);
    expect(odd.compounds.map((c) => c.undecidable)).toEqual([[], [':not(.x)'], ['[href]']]);
  });
});

describe('parseFontStylesheet', () => {
  it('reads @font-face, the font shorthand, font properties and content, and marks rules inside at-rules', () => {
    const sheet = parseFontStylesheet(
      '/* c{font-weight:700} */@font-face{font-family:"KaTeX_Main";font-style:italic;font-weight:bold;src:url(a.woff2)format("woff2")}' +
        '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif;line-height:1.2}.katex .textbf{font-weight:700!important}' +
        '.katex .eqn-num:before{content:"(" counter(katexEqnNo) ")"}.x{color:red}@media print{.katex .mathit{font-style:italic}}',
    );
    expect(sheet.faces).toEqual([{ family: 'KaTeX_Main', weight: 700, style: 'italic', url: 'a.woff2' }]);
    expect(sheet.rules.map((r) => [r.selector.text, r.declarations, r.important, r.conditional])).toEqual([
      ['.katex', { family: ['KaTeX_Main', 'Times New Roman', 'serif'], weight: 400, style: 'normal' }, {}, false],
      ['.katex .textbf', {}, { weight: 700 }, false],
      ['.katex .eqn-num:before', { content: '(0123456789)' }, {}, false],
      ['.katex .mathit', { style: 'italic' }, {}, true],
    ]);
  });

  it('parses KaTeX’s own stylesheet: 20 faces and its font rules', () => {
    const sheet = parseFontStylesheet(KATEX_CSS);
    expect(sheet.faces).toHaveLength(20);
    expect(sheet.faces.find((f) => f.url.endsWith('KaTeX_Math-BoldItalic.woff2'))).toMatchObject({
      family: 'KaTeX_Math',
      weight: 700,
      style: 'italic',
    });
    expect(sheet.rules.some((r) => r.selector.text === '.katex .delimsizing.mult .delim-size4>span')).toBe(true);
  });
});

describe('matchFace', () => {
  const faces: FontFace[] = [
    { family: 'KaTeX_Main', weight: 400, style: 'normal', url: 'regular' },
    { family: 'KaTeX_Main', weight: 700, style: 'normal', url: 'bold' },
    { family: 'KaTeX_Main', weight: 400, style: 'italic', url: 'italic' },
    { family: 'KaTeX_AMS', weight: 400, style: 'normal', url: 'ams' },
  ];
  const url = (family: string[], weight: number, style: 'normal' | 'italic' | 'oblique') =>
    matchFace(faces, { family, weight, style })?.url;
  it('follows CSS font matching: first family with faces, then style, then weight', () => {
    expect(url(['KaTeX_Main'], 400, 'normal')).toBe('regular');
    expect(url(['KaTeX_Main'], 700, 'normal')).toBe('bold');
    expect(url(['KaTeX_Main'], 900, 'normal')).toBe('bold');
    expect(url(['KaTeX_Main'], 500, 'normal')).toBe('regular');
    expect(url(['KaTeX_Main'], 700, 'italic')).toBe('italic'); // style before weight: bold is synthesised
    expect(url(['KaTeX_Main'], 400, 'oblique')).toBe('italic');
    expect(url(['KaTeX_AMS'], 700, 'italic')).toBe('ams');
    expect(url(['Times New Roman', 'KaTeX_AMS'], 400, 'normal')).toBe('ams');
    expect(url(['Times New Roman', 'serif'], 400, 'normal')).toBeUndefined();
  });
});

describe('fontCharacters with KaTeX’s stylesheet and markup', () => {
  it('puts each character of real KaTeX output in the font the cascade gives it', () => {
    const html = page(
      `<p>Prose σ is not math.</p>${math(String.raw`\operatorname{softmax}(\mathbf{z})_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}`)}` +
        math(String.raw`\mathbb{R} \mathcal{L} \boldsymbol{\theta} \textit{ops} \textbf{b} \sum_k \Big( \left\{ \frac{1}{2} \right.`, true),
    );
    const chars = charsByFont([html]);
    expect(chars).toEqual({
      // softmax, (, ), =, the digits of \frac{1}{2} and of the CSS counter, and the zero-width space of KaTeX's vlists.
      'Main-Regular': '().0123456789=afmostx\u200b',
      'Main-Bold': 'bz',
      'Main-Italic': 'ops',
      'Math-Italic': 'eijkz',
      'Math-BoldItalic': 'θ',
      'AMS-Regular': 'R',
      'Caligraphic-Regular': 'L',
      'Size1-Regular': '∑',
      'Size2-Regular': '(∑',
      'Size3-Regular': '{',
    });
  });

  it('excludes the MathML copy, the annotation and the prose, and inserts CSS content in the font of its box', () => {
    const html = page(`<p>ξ</p>${math(String.raw`x \tag{7}`, true)}`);
    const chars = charsByFont([html]);
    expect(Object.keys(chars).sort()).toEqual(['Main-Regular', 'Math-Italic']);
    expect(chars['Math-Italic']).toBe('x');
    // "(7)" is KaTeX's text; the eqn-num rule's "(", ")" and counter digits, and the version string, join it.
    expect(chars['Main-Regular']).toBe('().0123456789');
    expect(charsByFont([])).toEqual({ 'Main-Regular': '().0123456789' });
  });

  it('follows specificity, source order, !important, the style attribute, inheritance and relative weights', () => {
    const css =
      '@font-face{font-family:A;font-weight:400;src:url(a.woff2)}@font-face{font-family:A;font-weight:700;src:url(a-bold.woff2)}' +
      '@font-face{font-family:B;src:url(b.woff2)}@font-face{font-family:C;src:url(c.woff2)}' +
      '.katex{font:normal 1em A,serif}.katex .x.y{font-family:B}.katex .y{font-family:C}.katex .z{font-family:C!important}' +
      '.katex .w{font-family:C}.katex .w{font-family:B}.katex .b{font-weight:bolder}.katex .n>span{font-family:B}';
    const html = page(
      '<span class="katex"><span class="katex-html">a<span class="x y">b</span><span class="y">c</span>' +
        '<span class="z" style="font-family:B">d</span><span style="font-family:C">e</span><span class="w">f</span>' +
        '<span class="b">g<span>h</span></span><span class="n"><span>i</span><i>j</i></span></span></span>',
    );
    const { byFace } = fontCharacters([html], css);
    const of = (url: string) => String.fromCodePoint(...[...(byFace.get(url) ?? [])].filter((c) => c !== 0x20));
    expect([of('a.woff2'), of('a-bold.woff2'), of('b.woff2'), of('c.woff2')]).toEqual(['aj', 'gh', 'bfi', 'cde']);
  });

  it('refuses what it cannot decide instead of guessing', () => {
    const faces = '@font-face{font-family:A;src:url(a.woff2)}@font-face{font-family:B;src:url(b.woff2)}';
    const html = page('<span class="katex"><span class="katex-html"><span class="m">x</span></span></span>');
    const run = (rules: string) => () => fontCharacters([html], `${faces}.katex{font:400 1em A}${rules}`);
    expect(run('.katex [data-x] .m{font-family:B}')).toThrow(/Cannot decide/);
    expect(run('@media print{.katex .m{font-weight:700}}')).toThrow(/inside an at-rule/);
    expect(run('.katex .m:hover{font-family:B}')).toThrow(/Cannot decide/);
    expect(run('.katex .m::first-letter{font-family:B}')).toThrow(/not simulated/);
    expect(run('.katex .m::after{content:attr(title)}')).toThrow(/inserts/);
    // Undecidable rules that cannot match KaTeX's markup are fine.
    expect(run('input[type=search]{font:inherit}.site a:hover{font-weight:700}')).not.toThrow();
    expect(() => fontCharacters([html], `${faces}.katex{color:red}`)).toThrow(/no longer sets/);
  });
});

describe('subsetWoff2', () => {
  it('writes a valid unhinted woff2 with the wanted glyphs, not the others, and KaTeX’s original outlines and advance widths', async () => {
    const original = readFileSync(join(ROOT, 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2'));
    const wanted = codePoints(['softmax(z)_i = e^{z_i} / ∑ −∞≤']);
    const subset = await subsetWoff2(original, wanted);
    expect(subset.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(subset.length).toBeLessThan(original.length / 4);
    const before = fontkit.create(original) as fontkit.Font;
    const after = fontkit.create(subset) as fontkit.Font;
    for (const code of wanted) {
      const char = String.fromCodePoint(code);
      if (!before.hasGlyphForCodePoint(code)) continue;
      expect(after.hasGlyphForCodePoint(code), char).toBe(true);
      expect(after.glyphForCodePoint(code).advanceWidth, char).toBe(before.glyphForCodePoint(code).advanceWidth);
      expect(after.glyphForCodePoint(code).path.toSVG(), char).toBe(before.glyphForCodePoint(code).path.toSVG());
    }
    const kept = wanted.filter((c) => before.hasGlyphForCodePoint(c));
    // HarfBuzz may add a few related code points (≥ for ≤: Unicode mirroring pairs), no more.
    expect(after.characterSet).toEqual(expect.arrayContaining(kept));
    expect(after.characterSet.length).toBeLessThanOrEqual(kept.length + 3);
    expect(after.hasGlyphForCodePoint('Q'.codePointAt(0) ?? 0)).toBe(false);
    expect(after.unitsPerEm).toBe(before.unitsPerEm);
    expect([after.ascent, after.descent, after.xHeight]).toEqual([before.ascent, before.descent, before.xHeight]);
    // No hinting: the TrueType programs and the hinted-metrics tables are gone.
    const tables = Object.keys((after as unknown as { directory: { tables: object } }).directory.tables);
    expect(tables.filter((t) => ['fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX'].includes(t))).toEqual([]);
  });
});
