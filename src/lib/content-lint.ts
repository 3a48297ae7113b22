import katex from 'katex';
import { katexOptions } from './katex-options';

/**
 * Style and safety rules for entry bodies that the KaTeX parser alone does not enforce.
 * Each rule returns human-readable problems; an entry passes when the list is empty.
 * The rules and their reasons are documented in CONTRIBUTING.md.
 */

/** Commands whose argument is upright text, not math: their contents are not linted as math. */
const TEXT_COMMANDS = [
  'operatorname\\*?',
  'text',
  'textrm',
  'textit',
  'textbf',
  'texttt',
  'mathrm',
  'mathsf',
  'mathtt',
  'mathit',
  'label',
  'tag',
  'begin',
  'end',
];

/**
 * Macros KaTeX accepts that a paper cannot use. Most are undefined in pdfLaTeX with amsmath
 * and amssymb; the rest exist there but differ or are not allowed: `\empty` is an empty macro
 * in LaTeX (∅ in KaTeX), `\Bbb` and `\bold` are obsolete amsfonts aliases that warn, `\bm`
 * needs the bm package (entries use `\boldsymbol`), and macro definitions would make a copied
 * formula depend on them. tests/latex/packages.test.ts checks this against pdfLaTeX.
 */
export const KATEX_ONLY = [
  'R',
  'N',
  'Z',
  'Q',
  'C',
  'reals',
  'Reals',
  'natnums',
  'cnums',
  'Complex',
  'Alpha',
  'Beta',
  'Epsilon',
  'Zeta',
  'Eta',
  'Iota',
  'Kappa',
  'Mu',
  'Nu',
  'Omicron',
  'Rho',
  'Tau',
  'Chi',
  'bold',
  'Bbb',
  'lang',
  'rang',
  'sub',
  'sube',
  'supe',
  'infin',
  'isin',
  'plusmn',
  'empty',
  'alef',
  'alefsym',
  'Harr',
  'harr',
  'hArr',
  'lArr',
  'lrArr',
  'rArr',
  'uarr',
  'darr',
  'larr',
  'rarr',
  'Larr',
  'Rarr',
  'color',
  'textcolor',
  'argmax',
  'argmin',
  'bm',
  'def',
  'newcommand',
  'renewcommand',
  'gdef',
  'htmlClass',
  'htmlId',
  'htmlStyle',
  'htmlData',
  'href',
  'url',
  'includegraphics',
];

/** Environments that are not allowed inside $$…$$ in LaTeX (they start display math themselves). */
const TOP_LEVEL_ENVIRONMENTS = [
  'align',
  'align\\*',
  'equation',
  'equation\\*',
  'gather',
  'gather\\*',
  'multline',
  'multline\\*',
  'eqnarray',
  'eqnarray\\*',
  'flalign',
  'alignat',
];

/** Two-letter upright names that are easy to leave italic by mistake. */
const TWO_LETTER_NAMES = ['ln', 'lg', 'tr', 'KL', 'JS', 'TP', 'TN', 'FP', 'FN', 'PE'];

/** Removes `\cmd{…}` groups (balanced braces) for the given command names. */
export function stripCommandArguments(latex: string, commands: readonly string[] = TEXT_COMMANDS): string {
  const start = new RegExp(`\\\\(?:${commands.join('|')})\\s*\\{`, 'g');
  let out = '';
  let last = 0;
  for (let m = start.exec(latex); m; m = start.exec(latex)) {
    let depth = 1;
    let i = m.index + m[0].length;
    while (i < latex.length && depth > 0) {
      if (latex[i] === '\\') i += 1;
      else if (latex[i] === '{') depth += 1;
      else if (latex[i] === '}') depth -= 1;
      i += 1;
    }
    out += latex.slice(last, m.index) + ' ';
    last = i;
    start.lastIndex = i;
  }
  return out + latex.slice(last);
}

/**
 * Problems that make LaTeX unusable in a paper (pdfLaTeX + amsmath/amssymb) or unsafe on
 * the site. The build fails on these (rehype-latex-portable), not only the tests.
 */
export function portabilityProblems(latex: string): string[] {
  const problems: string[] = [];
  const nonAscii = [...new Set(latex.match(/[^\x20-\x7e\n\t]/gu) ?? [])];
  if (nonAscii.length > 0) {
    problems.push(
      `Unicode character(s) ${nonAscii.map((c) => JSON.stringify(c)).join(' ')} inside math; use the LaTeX command (e.g. \\sigma, \\sum, \\epsilon), pdfLaTeX rejects them`,
    );
  }
  const katexOnly = [...new Set((latex.match(/\\[A-Za-z]+/g) ?? []).filter((c) => KATEX_ONLY.includes(c.slice(1))))];
  if (katexOnly.length > 0) {
    problems.push(
      `${katexOnly.join(', ')}: not available in pdfLaTeX with amsmath/amssymb (or not allowed); use e.g. \\mathbb{R}, \\boldsymbol, \\operatorname*{arg\\,max}`,
    );
  }
  const env = new RegExp(`\\\\begin\\{(${TOP_LEVEL_ENVIRONMENTS.join('|')})\\}`).exec(latex);
  if (env) problems.push(`\\begin{${env[1]}} inside $$…$$ does not compile in LaTeX; use aligned, gathered or cases`);
  if (/\\newline\b/.test(latex)) problems.push('\\newline inside math; use an aligned or cases environment with \\\\');
  return problems;
}

/** Typesetting-style problems (enforced by the tests; see CONTRIBUTING.md). */
export function styleProblems(latex: string): string[] {
  const problems: string[] = [];
  if (/\\left\\\{\s*\\begin\{(matrix|array)\}/.test(latex))
    problems.push('\\left\\{\\begin{matrix} for a piecewise function; use \\begin{cases}');
  if (/\|\|/.test(latex)) problems.push('"||" in math; write norms as \\lVert x \\rVert and divergences as D(P \\parallel Q)');

  const bare = stripCommandArguments(latex).replace(/\\[A-Za-z]+\*?/g, ' ');
  const words = [...new Set(bare.match(/[A-Za-z]{3,}/g) ?? [])];
  for (const word of words) {
    problems.push(
      `bare word "${word}" in math is typeset as italic letters multiplied together; use \\operatorname{${word}} for a function or \\text{${word}} for a word`,
    );
  }
  for (const name of TWO_LETTER_NAMES) {
    if (new RegExp(`(?<![A-Za-z])${name}(?![A-Za-z])`).test(bare)) {
      problems.push(`bare "${name}" in math; write \\mathrm{${name}} (or \\operatorname{${name}})`);
    }
  }
  // `^T` after a matrix is a transpose; after a big operator (\sum_{t=1}^{T}) it is a limit.
  const withoutLimits = stripCommandArguments(
    latex.replace(/\\(?:sum|prod|int|oint|coprod|bigcup|bigcap|lim)\s*(?:_\s*(?:\{[^{}]*\}|\\?\w+))?\s*\^\s*(?:\{\s*T\s*\}|T\b)/g, ' '),
  );
  if (/\^\s*(T\b|\{\s*T\s*\})/.test(withoutLimits)) problems.push('"^T" for a transpose; write ^\\top');
  if (/(?<![\^_{\s])\s*\*/.test(bare.replace(/[\^_]\s*\{?\s*\*/g, ''))) {
    problems.push('"*" in math; write \\cdot or juxtaposition for products, \\ast for convolution, ^{*} for an optimum');
  }
  return problems;
}

/** Every problem with one math string (display or inline). */
export function lintLatex(latex: string): string[] {
  return [...portabilityProblems(latex), ...styleProblems(latex)];
}

/** Renders with the site's KaTeX options; returns KaTeX's message if it fails. */
export function katexProblem(latex: string, displayMode: boolean): string | undefined {
  try {
    katex.renderToString(latex, { ...katexOptions, displayMode });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
