// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline';

/**
 * `SITE` (e.g. https://example.github.io) and `BASE` (e.g. /ml-equations/) come from the
 * environment so one build config serves local previews, GitHub Pages and any static host.
 */
export default defineConfig({
  site: process.env.SITE || 'http://127.0.0.1:4321',
  base: process.env.BASE || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  markdown: {
    syntaxHighlight: false,
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
  integrations: [pagefind()],
  vite: {
    build: {
      // Scripts stay external files (cacheable, allowed by a 'self' script CSP) instead of
      // being inlined; inlined module scripts also lose Vite's preload helper for import().
      assetsInlineLimit: 0,
      modulePreload: false,
    },
  },
});
