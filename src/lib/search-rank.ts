/**
 * Re-ranks Pagefind's results so that the equation the user named comes first: an exact
 * title match, then an exact alias match, then titles that start with the query; otherwise
 * Pagefind's own order is kept. Pagefind scores by term frequency and page length, which
 * puts "Softmax with temperature" above "Softmax" for the query "softmax".
 */
export interface RankedResult {
  title: string;
  aliases: readonly string[];
}

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

export function matchTier(query: string, result: RankedResult): number {
  const q = normalizeName(query);
  if (!q) return 4;
  const compact = (s: string) => s.replace(/ /g, '');
  const title = normalizeName(result.title);
  const aliases = result.aliases.map(normalizeName);
  if (title === q || compact(title) === compact(q)) return 0;
  if (aliases.some((a) => a === q || compact(a) === compact(q))) return 1;
  if (title.startsWith(`${q} `)) return 2;
  if (aliases.some((a) => a.startsWith(`${q} `))) return 3;
  return 4;
}

/** Stable sort by match tier; within a tier Pagefind's order stands. */
export function rankResults<T extends RankedResult>(query: string, results: readonly T[]): T[] {
  return results
    .map((result, index) => ({ result, index, tier: matchTier(query, result) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((r) => r.result);
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
