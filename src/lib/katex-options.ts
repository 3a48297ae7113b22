import type { KatexOptions } from 'katex';

/**
 * The one set of KaTeX options, shared by the Markdown pipeline, components and tests.
 *
 * - `strict: 'error'` rejects input KaTeX accepts but LaTeX would not (Unicode in math,
 *   `\\` at the top level of display math), so what renders here compiles in a paper.
 * - `trust: false` refuses `\href`, `\url`, `\includegraphics`, `\htmlClass` and friends.
 * - `htmlAndMathml` keeps the MathML that screen readers read.
 */
export const katexOptions = {
  output: 'htmlAndMathml',
  strict: 'error',
  trust: false,
  throwOnError: true,
} as const satisfies KatexOptions;
