import { describe, expect, it } from 'vitest';
import { bibliography, createBibtex } from '../../src/lib/bibtex';
import { paperSchema } from '../../src/lib/schema';
import { readEntries } from '../helpers/entries';
import { compileBibliography } from '../helpers/pdflatex';

/** Every work the entries cite, once, as /equations.bib gives them. */
function collectionBib(): { works: number; bib: string } {
  const papers = readEntries().flatMap((e) => (e.frontmatter['paper'] ? [paperSchema.parse(e.frontmatter['paper'])] : []));
  const works = bibliography(papers);
  return { works: works.length, bib: works.map((w) => w.bibtex).join('\n\n') };
}

describe('the bibliography compiles as it would in a paper', () => {
  it('cites every work of the collection with plainnat: pdfLaTeX + BibTeX, no warning, no error', async () => {
    const { works, bib } = collectionBib();
    expect(works).toBeGreaterThan(100);
    const run = await compileBibliography(bib);
    expect(run.problems.join('\n')).toBe('');
    expect(run.items).toBe(works);
  });

  it('reports a broken record: an unescaped ^ in a title, a missing journal', async () => {
    const broken = [
      '@article{broken2020caret,\n  author = {Ada Lovelace},\n  title = {{Scaling x^2 laws}},\n  journal = {Journal of Tests},\n  year = {2020}\n}',
      '@article{broken2021nojournal,\n  author = {Alan Turing},\n  title = {{No venue}},\n  year = {2021}\n}',
    ].join('\n\n');
    const run = await compileBibliography(broken);
    expect(run.problems.some((p) => p.startsWith('pdflatex: ! Missing $ inserted'))).toBe(true);
    expect(run.problems).toContainEqual(expect.stringMatching(/^bibtex: Warning--empty journal in broken2021nojournal/));
  });

  it('typesets TeX specials and accented names from the frontmatter', async () => {
    const paper = paperSchema.parse({
      type: 'article',
      title: 'Scaling x^2 laws: 100% of R&D_1 ~ {braces} “quoted” – dashes',
      authors: ['Kalervo Järvelin', 'Łukasz Kaiser', 'Djork-Arné Clevert'],
      year: 2020,
      journal: 'Journal of Tests',
      volume: 9,
      number: 8,
      pages: '1--10',
      url: 'https://example.org/a_b%20c',
      doi: '10.1000/abc_def',
    });
    const run = await compileBibliography(createBibtex(paper));
    expect(run.problems.join('\n')).toBe('');
    expect(run.items).toBe(1);
  });
});
