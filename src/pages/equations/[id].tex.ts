import type { APIRoute, GetStaticPaths } from 'astro';
import { entryTex } from '../../lib/entry-tex';
import { bibtexOf, citationKeyOf, getEquations, partsOf, type Equation } from '../../lib/equations';
import { equationPath } from '../../lib/urls';

/** Each entry as a standalone pdfLaTeX document (src/lib/entry-tex.ts), linked from its page. */
export const getStaticPaths = (async () =>
  (await getEquations()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const entry = props['entry'] as Equation;
  const { display, where } = partsOf(entry);
  const paper = entry.data.paper;
  const path = equationPath(entry.id);
  const tex = entryTex({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    display,
    where,
    url: site ? new URL(path, site).href : path,
    paper,
    key: paper && (await citationKeyOf(paper)),
    bibtex: paper && (await bibtexOf(paper)),
  });
  return new Response(tex, { headers: { 'Content-Type': 'application/x-tex; charset=utf-8' } });
};
