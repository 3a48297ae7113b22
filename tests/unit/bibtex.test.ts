import { describe, expect, it } from 'vitest';
import { citationKey, createBibtex, entryType, escapeBibtex } from '../../src/lib/bibtex';
import { paperSchema } from '../../src/lib/schema';

const vaswani = paperSchema.parse({
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  year: 2017,
  venue: 'Advances in Neural Information Processing Systems 30 (NeurIPS 2017)',
  url: 'https://arxiv.org/abs/1706.03762',
  arxiv: '1706.03762',
});

describe('BibTeX citations', () => {
  it('writes an @inproceedings entry for a conference paper', () => {
    expect(createBibtex(vaswani)).toBe(
      [
        '@inproceedings{vaswani2017attention,',
        '  title         = {{Attention Is All You Need}},',
        '  author        = {Ashish Vaswani and Noam Shazeer},',
        '  year          = {2017},',
        '  booktitle     = {Advances in Neural Information Processing Systems 30 (NeurIPS 2017)},',
        '  eprint        = {1706.03762},',
        '  archiveprefix = {arXiv},',
        '  url           = {https://arxiv.org/abs/1706.03762}',
        '}',
      ].join('\n'),
    );
  });

  it('chooses the entry type from the venue', () => {
    expect(entryType({ ...vaswani, venue: 'Neural Computation' })).toBe('article');
    expect(entryType({ ...vaswani, venue: 'MIT Press' })).toBe('book');
    expect(entryType({ title: vaswani.title, authors: vaswani.authors, year: vaswani.year, url: vaswani.url })).toBe('misc');
  });

  it('escapes special characters and makes ASCII keys', () => {
    expect(escapeBibtex('R&D 100% {x}_1')).toBe('R\\&D 100\\% \\{x\\}\\_1');
    expect(citationKey({ ...vaswani, authors: ['Kalervo Järvelin'], title: 'Cumulated gain-based evaluation' })).toBe(
      'jarvelin2017cumulated',
    );
  });
});
