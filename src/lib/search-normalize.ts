import { UNICODE } from './search-math';
/**
 * One normalisation for LaTeX in the search index and in queries, so that "σ", "sigma" and
 * `\sigma` are the same query, and `\sqrt{d_k}` or "sqrt d_k" find scaled dot-product
 * attention. KaTeX's rendered markup is never indexed; this text is.
 *
 * The output is a list of lowercase tokens: Greek letter and function names spelled out,
 * structural commands (\frac, \left, \mathbf, …) dropped, and a one-letter symbol joined with
 * its subscript (`d_k` → `dk`, `d_{\text{model}}` → `dmodel`).
 */

const GREEK = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'varpi',
  'rho',
  'varrho',
  'sigma',
  'varsigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
];

/** Commands whose name is what people search for. */
const WORD_COMMANDS = new Set([
  ...GREEK,
  'sqrt',
  'log',
  'ln',
  'exp',
  'sin',
  'cos',
  'tanh',
  'sinh',
  'cosh',
  'max',
  'min',
  'sup',
  'inf',
  'arg',
  'sum',
  'prod',
  'int',
  'partial',
  'nabla',
  'det',
  'tr',
  'odot',
  'otimes',
  'top',
  'infty',
  'lim',
  'pr',
  'ast',
  'star',
  'oplus',
  'parallel',
  'propto',
]);

/** Text-like commands whose argument is kept as plain words. */
const UNWRAP =
  /\\(?:operatorname\*?|text|textrm|textit|textbf|mathrm|mathit|mathbf|mathsf|mathtt|boldsymbol|bm|mathcal|mathbb|mathfrak|hat|widehat|tilde|widetilde|bar|overline|vec|dot|ddot)\s*\{([^{}]*)\}/g;

/** Normalised tokens of a LaTeX string (or a query written in LaTeX or Unicode), in order, with repeats. */
export function latexTokens(latex: string): string[] {
  let text = latex.replace(/./gsu, (ch) => (UNICODE[ch] ? ` \\${UNICODE[ch]} ` : ch));
  text = text.replace(/\\(?:begin|end)\s*\{[^{}]*\}/g, ' ');
  // Unwrap from the inside out: \hat{\mathbf{y}} needs two passes.
  for (let i = 0; i < 4 && UNWRAP.test(text); i++) text = text.replace(UNWRAP, ' $1 ');
  text = text.replace(/\\([A-Za-z]+)/g, (_, name: string) => (WORD_COMMANDS.has(name.toLowerCase()) ? ` ${name.toLowerCase()} ` : ' '));
  // One-letter symbol + subscript is one token: d_k → dk, W_{hh} → whh, x_{t-1} → xt (the index arithmetic is dropped).
  text = text.replace(
    /(?<![A-Za-z])([A-Za-z])\s*_\s*(?:\{\s*([A-Za-z0-9]+)[^{}]*\}|([A-Za-z0-9]))/g,
    (_, base: string, a?: string, b?: string) => ` ${base}${a ?? b ?? ''} `,
  );
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Tokens worth putting in the full-text index: no single characters, no bare numbers. */
export function indexTokens(latex: string): string[] {
  return [...new Set(latexTokens(latex).filter((t) => t.length > 1 && !/^\d+$/.test(t)))];
}

/** True when a query is written as math (LaTeX commands, sub/superscripts, braces or math symbols). */
export function isMathQuery(query: string): boolean {
  return /[\\_^{}]/.test(query) || Array.from(query).some((ch) => ch in UNICODE);
}

/**
 * The text sent to Pagefind for a query. Words are kept as typed; math is normalised the way
 * the index was: "σ" → "sigma", "\sqrt{d_k}" → "sqrt dk", "sqrt d_k" → "sqrt dk".
 */
export function normalizeQuery(query: string): string {
  const q = query.trim();
  if (!isMathQuery(q)) return q;
  const tokens = latexTokens(q).filter((t) => t.length > 1 && !/^\d+$/.test(t));
  return tokens.length > 0 ? tokens.join(' ') : latexTokens(q).join(' ');
}

/** Fraction of the query's math tokens (single letters included) that occur in an entry's tokens. */
export function mathOverlap(query: string, entryTokens: readonly string[]): number {
  const wanted = latexTokens(query);
  if (wanted.length === 0) return 0;
  const have = new Map<string, number>();
  for (const t of entryTokens) have.set(t, (have.get(t) ?? 0) + 1);
  let hits = 0;
  for (const t of wanted) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hits += 1;
      have.set(t, n - 1);
    }
  }
  return hits / wanted.length;
}
