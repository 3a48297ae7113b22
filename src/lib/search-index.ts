import type { EntryParts } from './latex-blocks';
import { indexTokens, latexTokens } from './search-normalize';

/**
 * The parts of hyphenated words ("cross-entropy" → "cross entropy"). Pagefind indexes a
 * hyphenated word as one joined word, so without its parts "cross entropy" would not find
 * "Binary cross-entropy".
 */
export function hyphenParts(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)+/gu)].flatMap((m) => m[0].toLowerCase().split(/[-‐‑]/));
}

/**
 * What an entry page gives Pagefind besides its title, aliases and prose: the normalised
 * tokens of all its math (display equations and the symbols of the "Where" list) and the parts
 * of hyphenated words of its names and prose, for the full-text index, and the display
 * equations' tokens with single letters, as metadata that the client uses to re-rank math
 * queries.
 */
export function searchText(
  { display, inline, text }: Pick<EntryParts, 'display' | 'inline' | 'text'>,
  names: readonly string[] = [],
): { index: string; tex: string } {
  const parts = [...new Set(hyphenParts([...names, text].join(' ')))];
  return {
    index: [...indexTokens([...display, ...inline].join(' ')), ...parts].join(' '),
    tex: latexTokens(display.join(' ')).join(' '),
  };
}

/**
 * Levenshtein distance between two sequences (strings, or arrays of words): the fewest
 * substitutions, deletions and insertions. For "did you mean" suggestions (small inputs only).
 */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest known name to a query that found nothing, if it is a plausible misspelling. */
export function closestName(query: string, names: readonly string[]): string | undefined {
  const q = query.trim().toLowerCase();
  if (q.length < 3) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(q, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  const limit = q.length <= 5 ? 1 : 2;
  return best && best.distance > 0 && best.distance <= limit ? best.name : undefined;
}
