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
