// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import katexFonts from './src/integrations/katex-fonts';
import pagefind from './src/integrations/pagefind';
import { THEME_INIT_SCRIPT } from './src/lib/theme';
import { BASE, SITE } from './src/config';

/** @param {string} text @returns {`sha256-${string}`} the CSP source of an inline script */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Two builds side by side (the tests build at / and under a base path, fixtures build in
 * temporary copies) each keep their own Astro and Vite caches. */
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

/**
 * `SITE` (e.g. https://example.github.io) and `BASE` (e.g. /ml-equations/) come from the
 * environment so one build config serves local previews, GitHub Pages and any static host.
 */
export default defineConfig({
  site: SITE,
  base: BASE,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  // Entries are rendered by their loader (src/lib/equation-loader.ts) with the pipeline in
  // src/markdown/pipeline.ts; the site has no other Markdown.
  markdown: { syntaxHighlight: false },
  integrations: [katexFonts(), pagefind()],
  /**
   * A strict Content-Security-Policy <meta> on every page. Scripts: the site's own bundled
   * files plus hashes (Astro adds its scripts' hashes; we add the inline theme script's);
   * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and allows no JavaScript eval.
   * Styles: the site's stylesheets (style-src-elem); KaTeX positions glyphs with style="…"
   * attributes, so style-src-attr alone allows inline attributes.
   */
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT_SCRIPT)] },
      // Scoped on purpose: style-src-elem 'self' for stylesheets, style-src-attr for KaTeX's
      // attributes. A plain style-src 'self' next to style-src-attr would not apply to
      // attributes (browsers do not fall back), which Astro warns about on every build.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    cacheDir: `${cacheDir}/vite`,
    build: {
      // Scripts stay external files (cacheable, allowed by a 'self' script CSP) instead of
      // being inlined; inlined module scripts also lose Vite's preload helper for import().
      assetsInlineLimit: 0,
      modulePreload: false,
    },
  },
});
