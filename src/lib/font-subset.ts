/**
 * The pure part of subsetting KaTeX's fonts at build time (see src/integrations/katex-fonts.ts):
 * which characters the built site can display, which files are KaTeX fonts, and the CSS
 * rewrite that leaves only the woff2 source in each KaTeX @font-face.
 *
 * Fonts were most of an entry page's first-visit weight: KaTeX ships 20 faces with every
 * glyph of Latin, Greek and its symbols, in three formats. Every browser this site supports
 * reads woff2, and a page needs only the characters the site actually typesets.
 */
import subsetFont from 'subset-font';

export type FontFormat = 'woff2' | 'woff' | 'ttf';

/** Vite's copy of a KaTeX font: `KaTeX_Main-Regular.B22Nviop.woff2` (name, hash, format). */
const KATEX_FONT = /^KaTeX_[A-Za-z0-9]+-[A-Za-z0-9]+\.[\w-]+\.(woff2|woff|ttf)$/;

/** The format of a KaTeX font file by its base name, or undefined for any other file. */
export function katexFontFormat(fileName: string): FontFormat | undefined {
  return KATEX_FONT.exec(fileName)?.[1] as FontFormat | undefined;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric entities and the few named ones Astro emits; an unknown one stays as it is (a superset). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z][a-zA-Z0-9]*));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text a browser can show from an HTML file: scripts, styles and comments removed, tags
 * (quoted attribute values included) removed, entities decoded. Deliberately all of the text,
 * not only the math: a superset costs a few glyphs and cannot miss a character.
 */
export function htmlText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[a-zA-Z/!?](?:"[^"]*"|'[^']*'|[^'">])*>/g, ' ');
  return decodeEntities(stripped);
}

/**
 * Characters CSS inserts with `content:` (KaTeX's equation numbers and version string).
 * Quoted strings are unescaped; a counter() can print any decimal digit.
 */
export function cssContentText(css: string): string {
  let text = '';
  for (const [, value = ''] of css.matchAll(/content\s*:\s*([^;}]*)/g)) {
    for (const [, double, single] of value.matchAll(/"((?:\\[\s\S]|[^"\\])*)"|'((?:\\[\s\S]|[^'\\])*)'/g)) {
      text += (double ?? single ?? '').replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex?: string, char?: string) =>
        hex !== undefined ? String.fromCodePoint(Number.parseInt(hex, 16)) : (char ?? ''),
      );
    }
    if (/\bcounters?\(/.test(value)) text += '0123456789';
  }
  return text;
}

/** The distinct code points of the texts, sorted, without control characters. */
export function codePoints(texts: Iterable<string>): number[] {
  const codes = new Set<number>();
  for (const text of texts) for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  return [...codes].filter((c) => c >= 0x20 && !(c >= 0x7f && c < 0xa0)).sort((a, b) => a - b);
}

/** Splits a CSS `src` value at top-level commas (not inside url(), format() or quotes). */
function splitSources(value: string): string[] {
  return value.match(/(?:"[^"]*"|'[^']*'|\([^)]*\)|[^,"'(])+/g)?.map((s) => s.trim()) ?? [];
}

function urlOf(source: string): string {
  return /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(source)?.[1] ?? '';
}

/**
 * Rewrites every @font-face whose `src` names a KaTeX font so it lists only the woff2 source.
 * Other faces are left alone. Throws if a KaTeX face has no woff2 source, since deleting its
 * woff/ttf files would then leave it with nothing to load.
 */
export function keepOnlyWoff2(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (face) =>
    face.replace(/(\bsrc\s*:\s*)([^;}]*)/, (whole, prop: string, value: string) => {
      const sources = splitSources(value);
      const fileOf = (s: string) => urlOf(s).split(/[?#]/)[0]?.split('/').pop() ?? '';
      if (!sources.some((s) => katexFontFormat(fileOf(s)))) return whole;
      const kept = sources.filter((s) => katexFontFormat(fileOf(s)) !== 'woff' && katexFontFormat(fileOf(s)) !== 'ttf');
      if (!kept.some((s) => katexFontFormat(fileOf(s)) === 'woff2')) throw new Error(`A KaTeX @font-face has no woff2 source: ${face}`);
      return prop + kept.join(',');
    }),
  );
}

/**
 * A woff2 subset of a font to the given characters. HarfBuzz keeps the glyph metrics (hmtx),
 * the vertical metrics (hhea, OS/2) and the layout tables of the kept glyphs, so the advance
 * widths KaTeX's own metrics assume stay the same; hinting is kept for Windows rendering.
 */
export async function subsetWoff2(font: Buffer, codes: readonly number[]): Promise<Buffer> {
  return subsetFont(font, String.fromCodePoint(...codes), { targetFormat: 'woff2' });
}
