import { CJK } from './search-engine';
import { isMathQuery } from './search-normalize';

/**
 * What is searched at all, and filters for Pagefind's full-text results (the local engine in search-engine.ts ranks names,
 * descriptions and math): a full-text hit counts only when every query word really matched,
 * and a query of bare LaTeX markup names no equation.
 */

/** Lowercase, unify dashes and spaces, drop punctuation: "Layer-Norm" → "layer norm". */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-‐‑‒–—_/]+/g, ' ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Inflections a query word may carry beyond the indexed word it matched. Pagefind stems
 * ("outliers" finds "outlier") and, when a word matches nothing, retries ever shorter
 * prefixes of it ("qwerty" ends up matching every "q"); only the first is a real match.
 */
const SUFFIXES = new Set([
  '',
  's',
  'es',
  'ed',
  'd',
  'ing',
  'ion',
  'ions',
  'ation',
  'ations',
  'er',
  'ers',
  'ly',
  'al',
  'ity',
  'e',
  'y',
  'ies',
]);
const clean = (word: string) => normalizeName(word).replace(/ /g, '');

/** True when an indexed word is a real match for a query term (same word, a prefix of it, or an inflection). */
export function isTermMatch(term: string, word: string): boolean {
  const t = clean(term);
  const w = clean(word);
  if (!t || !w) return false;
  if (w.startsWith(t)) return true;
  let common = 0;
  while (common < t.length && common < w.length && t[common] === w[common]) common++;
  return common >= 3 && SUFFIXES.has(t.slice(common));
}

/**
 * Keeps a result only if every query term found a real match among the words Pagefind
 * matched in it, so nonsense and typos return nothing (and a suggestion) rather than a page
 * of unrelated equations.
 */
export function isRelevant(terms: readonly string[], matchedWords: readonly string[]): boolean {
  return terms.every((term) => matchedWords.some((word) => isTermMatch(term, word)));
}

/** LaTeX markup that nearly every equation contains: on its own it names no equation. */
const MARKUP_WORDS = new Set(
  'frac dfrac tfrac left right mathbf mathrm mathit mathcal mathbb boldsymbol operatorname text begin end aligned cases cdot quad qquad displaystyle limits'.split(
    ' ',
  ),
);

/** True when a query is nothing but LaTeX markup words (for example "frac" or "\\left \\right"). */
export function isMarkupOnly(query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => MARKUP_WORDS.has(w));
}

/**
 * Why a query is not searched (the message to show), or undefined when it is fine. Empty
 * gives ''. One Latin letter names no equation; one Chinese, Japanese or Korean character can.
 */
export function queryProblem(query: string): string | undefined {
  const q = query.trim();
  if (q.length === 0) return '';
  if (!/\p{L}|\p{N}/u.test(q) && !isMathQuery(q)) return 'Type a name, a description or a formula to search.';
  if (!CJK.test(q) && q.replace(/[^\p{L}\p{N}]/gu, '').length < 2 && !isMathQuery(q))
    return 'Type at least two letters (one character is enough in Chinese, Japanese or Korean).';
  if (isMarkupOnly(q))
    return 'Every equation is written with LaTeX markup like that: search for a name, a symbol (\\sigma) or a formula (\\sqrt{d_k}).';
  return undefined;
}
