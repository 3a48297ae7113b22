import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileNameOf, fontCharacters, katexFontFormat, keepOnlyWoff2, subsetWoff2 } from '../lib/font-subset';

/**
 * Subsets KaTeX's fonts after `astro build` (issue 8): fonts were most of an entry page's
 * first-visit weight. Each woff2 in dist is cut down, in place, to the characters that font
 * draws on the built site: the cascade of the built CSS over every `.katex-html` of every HTML
 * file (pages and the search fragments) decides the face of each character, plus what KaTeX's
 * CSS inserts with `content:` (see fontCharacters in src/lib/font-subset.ts). The woff and ttf
 * copies are deleted and each KaTeX @font-face keeps only its woff2 source. File names are
 * unchanged, so the hashed URLs in the CSS stay valid (the hash is then that of KaTeX's
 * original font). Runs before the Pagefind integration, which indexes only index.html files.
 */
export default function katexFontsIntegration(): AstroIntegration {
  return {
    name: 'ml-equations:katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .map((f) => join(outDir, f))
          .sort();
        const read = (f: string) => readFileSync(f, 'utf8');
        const fonts = files.filter((f) => katexFontFormat(basename(f)) !== undefined);
        const woff2 = fonts.filter((f) => katexFontFormat(basename(f)) === 'woff2');
        const dropped = fonts.filter((f) => katexFontFormat(basename(f)) !== 'woff2');
        if (woff2.length === 0) throw new Error('No KaTeX woff2 fonts in the build output: is katex.min.css still imported?');

        // Rewrite the CSS first: it throws if a face would be left without a woff2 source.
        const css: string[] = [];
        for (const file of files.filter((f) => f.endsWith('.css'))) {
          const text = read(file);
          const rewritten = keepOnlyWoff2(text);
          if (rewritten !== text) writeFileSync(file, rewritten);
          const dangling = dropped.map((f) => basename(f)).filter((name) => rewritten.includes(name));
          if (dangling.length > 0) throw new Error(`${file} still references ${dangling.join(', ')}`);
          css.push(rewritten);
        }

        // One stylesheet (the site's bundle) today; several are read in file-name order.
        const pages = files.filter((f) => f.endsWith('.html')).map(read);
        const { byFace, systemFont } = fontCharacters(pages, css.join('\n'));
        const wanted = new Map([...byFace].map(([url, codes]) => [fileNameOf(url), codes]));
        if (systemFont.size > 0) {
          const chars = [...systemFont].map((c) => String.fromCodePoint(c)).join('');
          logger.warn(`Characters in KaTeX's math that no KaTeX @font-face draws (a system font will): ${chars}`);
        }

        let before = 0;
        let after = 0;
        const report: string[] = [];
        for (const file of woff2) {
          const codes = wanted.get(basename(file));
          if (!codes) logger.warn(`${basename(file)} is not the source of any @font-face: subset to a space`);
          const original = readFileSync(file);
          const subset = await subsetWoff2(
            original,
            [...(codes ?? [0x20])].sort((a, b) => a - b),
          );
          writeFileSync(file, subset);
          before += original.length;
          after += subset.length;
          report.push(`${basename(file).split('.')[0]?.replace('KaTeX_', '') ?? ''} ${codes?.size ?? 1}`);
        }
        const droppedBytes = dropped.reduce((sum, f) => sum + statSync(f).size, 0);
        for (const file of dropped) rmSync(file);
        logger.info(
          `Subset ${woff2.length} KaTeX woff2 fonts, each to the characters it draws (${report.join(', ')}): ` +
            `${before} → ${after} bytes; removed ${dropped.length} woff/ttf files (${droppedBytes} bytes) ` +
            `in ${Math.round(performance.now() - start)} ms.`,
        );
      },
    },
  };
}
