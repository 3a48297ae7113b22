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
