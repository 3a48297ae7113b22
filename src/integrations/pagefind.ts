import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, so one command
 * produces a searchable site. Options are passed in code: Pagefind's Node API ignores
 * pagefind.yml and environment variables.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'ml-equations:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          // Rendered KaTeX puts every formula into the text three times as glued glyphs;
          // the LaTeX source is indexed instead (see rehype-equation-figure).
          excludeSelectors: ['.katex', 'button', 'nav', '[data-pagefind-ignore]'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Only pages: the equation fragments under equation-fragments/*.html are not documents.
          const added = await index.addDirectory({ path: outDir, glob: '**/index.html' });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
