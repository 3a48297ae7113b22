import type { APIRoute } from 'astro';
import { getCategory } from '../lib/categories';
import { getEquations, partsOf } from '../lib/equations';
import { packIndex, searchDoc } from '../lib/search-engine';

/**
 * The compact index the search boxes load on first focus and rank in the page
 * (src/lib/search-engine.ts): names, descriptions, summary, the Where list's words and the
 * display equations as math tokens. The full text stays in Pagefind's index.
 */
export const GET: APIRoute = async () => {
  const docs = (await getEquations()).map((e) => searchDoc(e.id, e.data, partsOf(e), getCategory(e.data.category).title));
  return new Response(JSON.stringify(packIndex(docs)), { headers: { 'Content-Type': 'application/json' } });
};
