import type { APIRoute } from 'astro';
import { getEquations, partsOf } from '../lib/equations';
import { createExport } from '../lib/export';
import { VERIFIED_IDS } from '../verification';

/** The open-data export: every entry with the exact LaTeX of its display equations. */
export const GET: APIRoute = async ({ site }) => {
  const entries = await getEquations();
  const doc = createExport(
    entries.map((e) => ({ id: e.id, data: e.data, latex: partsOf(e).display })),
    { base: import.meta.env.BASE_URL, verify: (id) => VERIFIED_IDS.has(id), ...(site ? { site } : {}) },
  );
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
