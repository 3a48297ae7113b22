import { getCollection, type CollectionEntry } from 'astro:content';
import { CATEGORIES, type CategoryId } from './categories';

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
