import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from './categories';
import type { StoredParts } from './equation-loader';
import { bibliography, citationKey, citationKeys, createBibtex, workId } from './bibtex';
import type { PaperData } from './schema';

export type Equation = CollectionEntry<'equations'>;

let cache: Promise<Equation[]> | undefined;

/** Every entry, sorted by category order, then title. Loaded once per build. */
export function getEquations(): Promise<Equation[]> {
  cache ??= getCollection('equations').then((all) => {
    const order = new Map<string, number>(CATEGORIES.map((c, i) => [c.id, i]));
    return all.sort(
      (a, b) => (order.get(a.data.category) ?? 0) - (order.get(b.data.category) ?? 0) || a.data.title.localeCompare(b.data.title, 'en'),
    );
  });
  return cache;
}

export async function getEquationsByCategory(): Promise<Map<CategoryId, Equation[]>> {
  const groups = new Map<CategoryId, Equation[]>(CATEGORIES.map((c) => [c.id, []]));
  for (const entry of await getEquations()) groups.get(entry.data.category)?.push(entry);
  return groups;
}

/** The entries before and after `id` within its category, for previous/next links. */
export function neighbours(list: readonly Equation[], id: string): { prev?: Equation; next?: Equation } {
  const i = list.findIndex((e) => e.id === id);
  const prev = i > 0 ? list[i - 1] : undefined;
  const next = i >= 0 && i < list.length - 1 ? list[i + 1] : undefined;
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/**
 * What the loader read from an entry's Markdown when it parsed it: the display and inline
 * LaTeX, the Where list, the plain text and the typeset figures. Pages read these instead of
 * parsing the body again.
 */
export function partsOf(entry: Equation): StoredParts {
  const parts = entry.rendered?.metadata?.['parts'] as StoredParts | undefined;
  if (!parts) throw new Error(`${entry.filePath ?? entry.id}: the entry was stored without its parts; is the equation loader in use?`);
  return parts;
}

let keys: Promise<Map<string, string>> | undefined;
/** One citation key per cited work across the collection (src/lib/bibtex.ts, citationKeys). */
function getCitationKeys(): Promise<Map<string, string>> {
  keys ??= getEquations().then((all) => citationKeys(all.flatMap((e) => (e.data.paper ? [e.data.paper] : []))));
  return keys;
}

/** A work's collection-wide citation key. */
export async function citationKeyOf(paper: PaperData): Promise<string> {
  return (await getCitationKeys()).get(workId(paper)) ?? citationKey(paper);
}

/** The BibTeX of a work under its collection-wide key, as the entry page and /equations.bib give it. */
export async function bibtexOf(paper: PaperData): Promise<string> {
  return createBibtex(paper, await citationKeyOf(paper));
}

/** Every cited work once, sorted by key: the site-wide bibliography. */
export async function getBibliography(): Promise<{ key: string; bibtex: string }[]> {
  return bibliography((await getEquations()).flatMap((e) => (e.data.paper ? [e.data.paper] : [])));
}
