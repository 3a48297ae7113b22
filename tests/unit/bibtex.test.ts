import { describe, expect, it } from 'vitest';
import { BibtexTextError, bibtexName, citationKey, citationKeys, createBibtex, texText, venueText, workId } from '../../src/lib/bibtex';
import { paperSchema } from '../../src/lib/schema';

const vaswani = paperSchema.parse({
  type: 'inproceedings',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  year: 2017,
  booktitle: 'Advances in Neural Information Processing Systems 30',
  pages: '5998--6008',
  url: 'https://arxiv.org/abs/1706.03762',
  arxiv: '1706.03762',
});
const lstm = paperSchema.parse({
  type: 'article',
  title: 'Long Short-Term Memory',
  authors: ['Sepp Hochreiter', 'Jürgen Schmidhuber'],
  year: 1997,
  journal: 'Neural Computation',
  volume: 9,
  number: 8,
  pages: '1735--1780',
  url: 'https://doi.org/10.1162/neco.1997.9.8.1735',
  doi: '10.1162/neco.1997.9.8.1735',
});

describe('BibTeX citations', () => {
  it('writes the entry type and the structured fields the frontmatter gives', () => {
    expect(createBibtex(vaswani)).toBe(
      [
        '@inproceedings{vaswani2017attention,',
        '  author        = {Ashish Vaswani and Noam Shazeer},',
        '  title         = {{Attention Is All You Need}},',
        '  booktitle     = {Advances in Neural Information Processing Systems 30},',
        '  pages         = {5998--6008},',
        '  year          = {2017},',
        '  eprint        = {1706.03762},',
        '  archiveprefix = {arXiv},',
        '  url           = {https://arxiv.org/abs/1706.03762}',
        '}',
      ].join('\n'),
    );
    expect(createBibtex(lstm)).toContain('@article{hochreiter1997long,');
    expect(createBibtex(lstm)).toContain('  author  = {Sepp Hochreiter and J{\\"u}rgen Schmidhuber},');
    expect(createBibtex(lstm)).toMatch(
      /journal = \{Neural Computation\},\n {2}volume {2}= \{9\},\n {2}number {2}= \{8\},\n {2}pages {3}= \{1735--1780\}/,
    );
    // DOIs and URLs are verbatim (\doi and \url read them as they are): never \_.
    const underscored = createBibtex({ ...lstm, doi: '10.1000/a_b', url: 'https://example.org/a_b' });
    expect(underscored).toContain('doi     = {10.1000/a_b}');
    expect(underscored).toContain('url     = {https://example.org/a_b}');
  });

  it('gives an arXiv-only preprint as @misc with the identifier in the printed text', () => {
    const preprint = paperSchema.parse({
      type: 'misc',
      title: 'Layer Normalization',
      authors: ['Jimmy Lei Ba'],
      year: 2016,
      url: 'https://arxiv.org/abs/1607.06450',
      arxiv: '1607.06450',
    });
    expect(createBibtex(preprint)).toContain('howpublished  = {arXiv preprint arXiv:1607.06450}');
    expect(venueText(preprint)).toBe('arXiv preprint arXiv:1607.06450');
  });

  it('escapes TeX specials, spells accents as commands and refuses what pdfLaTeX cannot typeset', () => {
    expect(texText('R&D 100% $5 #1 a_b x^2 ~ {x} \\ |')).toBe(
      'R\\&D 100\\% \\$5 \\#1 a\\_b x\\textasciicircum{}2 \\textasciitilde{} \\textbraceleft{}x\\textbraceright{} \\textbackslash{} \\textbar{}',
    );
    expect(texText('Järvelin, Łukasz, Arné, Çelik, Dvořák, Ísak')).toBe(
      "J{\\\"a}rvelin, {\\L}ukasz, Arn{\\'e}, {\\c C}elik, Dvo{\\v r}{\\'a}k, {\\'I}sak",
    );
    expect(texText('“a” – b — c')).toBe("``a'' -- b --- c");
    expect(texText('R² and O(1/k²)')).toBe('R\\textsuperscript{2} and O(1/k\\textsuperscript{2})');
    expect(() => texText('交叉熵')).toThrow(BibtexTextError);
    expect(bibtexName('Gilbert Bassett Jr.')).toBe('Bassett, Jr., Gilbert');
    expect(bibtexName('C. J. van Rijsbergen')).toBe('C. J. van Rijsbergen');
  });

  it('makes one ASCII key per work, with a, b when different works share one', () => {
    expect(citationKey({ ...lstm, authors: ['Kalervo Järvelin'], title: 'Cumulated gain-based evaluation', year: 2002 })).toBe(
      'jarvelin2002cumulated',
    );
    const other = { ...lstm, title: 'Long Memory in Recurrent Networks', pages: '1--2' };
    const keys = citationKeys([lstm, vaswani, other, lstm]);
    expect(keys.get(workId(vaswani))).toBe('vaswani2017attention');
    expect([keys.get(workId(lstm)), keys.get(workId(other))].sort()).toEqual(['hochreiter1997longa', 'hochreiter1997longb']);
    expect(keys.size).toBe(3);
  });

  it('shows the venue as a reader expects it', () => {
    expect(venueText(lstm)).toBe('Neural Computation 9(8), 1735–1780');
    expect(venueText(vaswani)).toBe('In Advances in Neural Information Processing Systems 30, 5998–6008');
    const book = paperSchema.parse({
      type: 'book',
      title: 'Reinforcement Learning: An Introduction',
      authors: ['Richard S. Sutton', 'Andrew G. Barto'],
      year: 2018,
      publisher: 'MIT Press',
      edition: 'Second',
      url: 'http://incompleteideas.net/book/the-book-2nd.html',
    });
    expect(venueText(book)).toBe('MIT Press, second edition');
  });
});

describe('the paper schema', () => {
  it('asks for the fields each entry type needs and refuses fields of other types', () => {
    const base = { title: 'T', authors: ['A B'], year: 2000, url: 'https://example.org' };
    const messages = (paper: object) => (paperSchema.safeParse(paper).error?.issues ?? []).map((i) => i.message);
    expect(messages({ ...base, type: 'article' })).toEqual(['paper.journal is required for paper.type article (a journal article)']);
    expect(messages({ ...base, type: 'incollection', booktitle: 'B' })).toEqual([
      'paper.publisher is required for paper.type incollection (a chapter in an edited book)',
    ]);
    expect(messages({ ...base, type: 'book', publisher: 'P', journal: 'J' })).toEqual([
      'paper.journal is not used by paper.type book; it belongs to article',
    ]);
    expect(messages({ ...base, type: 'article', journal: 'J', pages: '12-15' })).toEqual([expect.stringMatching(/two hyphens/)]);
    expect(messages({ ...base, type: 'chapter' })[0]).toMatch(/paper.type "chapter" is not valid; use one of: article, inproceedings/);
    expect(messages({ ...base, type: 'misc', arxiv: '1607.06450' })).toEqual([]);
  });
});
