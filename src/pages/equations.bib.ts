import type { APIRoute } from 'astro';
import { SITE_NAME } from '../config';
import { getBibliography } from '../lib/equations';

/**
 * Every work the collection cites, once, under the key its entry pages give: a bibliography to
 * drop into a paper (pdfLaTeX + BibTeX, e.g. with natbib's plainnat and the url package).
 */
export const GET: APIRoute = async ({ site }) => {
  const works = await getBibliography();
  const where = site ? new URL(`${import.meta.env.BASE_URL}equations.bib`, site).href : 'equations.bib';
  const header = `% ${SITE_NAME}: the ${works.length} works its entries cite, one BibTeX entry each.\n% ${where}\n% Typeset with \\usepackage{natbib} and \\usepackage{url} (for the doi and url fields).\n`;
  return new Response(`${header}\n${works.map((w) => w.bibtex).join('\n\n')}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
