import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codePoints, cssContentText, htmlText, katexFontFormat, keepOnlyWoff2, subsetWoff2 } from '../lib/font-subset';

/**
 * Subsets KaTeX's fonts after `astro build` (issue 8): fonts were most of an entry page's
 * first-visit weight. Every woff2 in dist is cut down, in place, to the characters the built
 * HTML can display (plus those KaTeX's CSS inserts with `content:`); the woff and ttf copies
 * are deleted and each KaTeX @font-face keeps only its woff2 source. File names are unchanged,
 * so the hashed URLs in the CSS stay valid (the hash is then that of KaTeX's original font).
 * Runs before the Pagefind integration, which indexes only index.html files and no fonts.
 */
export default function katexFontsIntegration(): AstroIntegration {
  return {
    name: 'ml-equations:katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((f) => join(outDir, f));
        const read = (f: string) => readFileSync(f, 'utf8');
        const html = files.filter((f) => f.endsWith('.html')).map(read);
        const cssFiles = files.filter((f) => f.endsWith('.css'));
        const css = new Map(cssFiles.map((f) => [f, read(f)]));
        const codes = codePoints([...html.map(htmlText), ...[...css.values()].map(cssContentText)]);

        const fonts = files.filter((f) => katexFontFormat(basename(f)) !== undefined);
        const woff2 = fonts.filter((f) => katexFontFormat(basename(f)) === 'woff2');
        const dropped = fonts.filter((f) => katexFontFormat(basename(f)) !== 'woff2');
        if (woff2.length === 0) throw new Error('No KaTeX woff2 fonts in the build output: is katex.min.css still imported?');

        // Rewrite the CSS first: it throws if a face would be left without a woff2 source.
        for (const [file, text] of css) {
          const rewritten = keepOnlyWoff2(text);
          if (rewritten !== text) writeFileSync(file, rewritten);
          const dangling = dropped.map((f) => basename(f)).filter((name) => rewritten.includes(name));
          if (dangling.length > 0) throw new Error(`${file} still references ${dangling.join(', ')}`);
        }
        let before = 0;
        let after = 0;
        for (const file of woff2) {
          const original = readFileSync(file);
          const subset = await subsetWoff2(original, codes);
          writeFileSync(file, subset);
          before += original.length;
          after += subset.length;
        }
        const droppedBytes = dropped.reduce((sum, f) => sum + statSync(f).size, 0);
        for (const file of dropped) rmSync(file);
        logger.info(
          `Subset ${woff2.length} KaTeX woff2 fonts to ${codes.length} characters: ${before} → ${after} bytes; ` +
            `removed ${dropped.length} woff/ttf files (${droppedBytes} bytes) in ${Math.round(performance.now() - start)} ms.`,
        );
      },
    },
  };
}
