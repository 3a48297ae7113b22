import type { APIRoute, GetStaticPaths } from 'astro';
import { getEquations, partsOf } from '../../lib/equations';

/**
 * The first equation of each entry, pre-rendered (KaTeX HTML and MathML, copy controls and
 * source), fetched by the search UI to show results typeset without any TeX in the browser.
 */
export const getStaticPaths = (async () =>
  (await getEquations()).map((entry) => ({
    params: { id: entry.id },
    props: { html: partsOf(entry).figures[0] ?? '' },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props['html']), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
