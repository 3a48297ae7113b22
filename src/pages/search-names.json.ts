import type { APIRoute } from 'astro';
import { getEquations } from '../lib/equations';

/** Titles and aliases, fetched only when a search finds nothing, to suggest a close spelling. */
export const GET: APIRoute = async () => {
  const names = (await getEquations()).flatMap((e) => [e.data.title, ...e.data.aliases]);
  return new Response(JSON.stringify([...new Set(names)]), { headers: { 'Content-Type': 'application/json' } });
};
