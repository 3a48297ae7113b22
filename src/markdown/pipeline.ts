import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { katexOptions } from '../lib/katex-options';
import rehypeCollectFigures from './rehype-collect-figures';
import rehypeEquationFigure from './rehype-equation-figure';
import rehypeNotationLink from './rehype-notation-link';
import rehypeKatexProblems, { type KatexProblem } from './rehype-katex-problems';
import remarkEntryLinks from './remark-entry-links';
import remarkNoRawHtml from './remark-no-raw-html';

/**
 * The Markdown pipeline for entries: from the tree the content validator parsed
 * (src/lib/latex-blocks.ts, `parseMarkdown`) to HTML. The collection loader renders each
 * entry with it once, and the tests render with it too, so what is tested is what builds.
 *
 * Markdown is parsed once per entry. The same tree gives the validator its rules, the checks
 * and the search index their LaTeX, and this pipeline its HTML and figures.
 */

export interface RenderOptions {
  /** Path of the entry, for messages and the copy buttons' entry id. */
  path: string;
  /** Entry title: the copy buttons' accessible names. */
  title: string;
  /** The site's base path, prefixed to links between entries. */
  base: string;
}

export interface RenderedEntry {
  html: string;
  /** Each display equation's `<figure>` (math, copy controls, source) without its id, for listings. */
  figures: string[];
  /** The headings, as Astro's `render()` reports them. */
  headings: { depth: number; slug: string; text: string }[];
  /** KaTeX's reasons for any math it could not typeset; the validator reports them. */
  katexProblems: KatexProblem[];
}

const processor = unified()
  // Curly quotes and dashes in prose, as Astro renders Markdown by default.
  .use(remarkSmartypants)
  // The validator rejects these first; this keeps anything rendered safe on its own.
  .use(remarkNoRawHtml)
  .use(remarkEntryLinks)
  // No allowDangerousHtml: raw HTML never reaches the page, whatever the input.
  .use(remarkRehype)
  .use(rehypeEquationFigure)
  // rehype-katex forces throwOnError itself and only records a message: see rehype-katex-problems.
  .use(rehypeKatex, katexOptions)
  .use(rehypeKatexProblems)
  .use(rehypeCollectFigures)
  .use(rehypeHeadingIds)
  .use(rehypeNotationLink)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders an entry's Markdown tree to HTML. The tree is transformed in place (smart quotes,
 * based links), so read anything else from it first.
 */
export function renderTree(tree: Root, options: RenderOptions): RenderedEntry {
  const file = new VFile({
    path: options.path,
    data: { astro: { frontmatter: { title: options.title } }, base: options.base },
  });
  const hast = processor.runSync(tree, file);
  return {
    html: processor.stringify(hast, file),
    figures: file.data.figures ?? [],
    headings: file.data.astro?.headings ?? [],
    katexProblems: file.data.katexProblems ?? [],
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the renderer: the site's base path. */
    base: string;
    /** Set by rehype-collect-figures. */
    figures: string[];
    /** Set by rehype-katex-problems. */
    katexProblems: KatexProblem[];
  }
}
