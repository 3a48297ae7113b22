import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { katexOptions } from '../lib/katex-options';
import rehypeEquationFigure from './rehype-equation-figure';
import rehypeKatexStrict from './rehype-katex-strict';
import rehypeLatexPortable from './rehype-latex-portable';
import remarkEntryLinks, { entryLinksOptions } from './remark-entry-links';
import remarkNoRawHtml from './remark-no-raw-html';

/**
 * The Markdown pipeline for entries, used by astro.config.mjs and by the tests,
 * so that what is tested is exactly what builds.
 */
export const remarkPlugins: RemarkPlugins = [remarkMath, remarkNoRawHtml, [remarkEntryLinks, entryLinksOptions()]];

export const rehypePlugins: RehypePlugins = [
  rehypeLatexPortable,
  rehypeEquationFigure,
  // rehype-katex forces throwOnError itself and only records a message: see rehype-katex-strict.
  [rehypeKatex, katexOptions],
  rehypeKatexStrict,
];
