import { describe, expect, it } from 'vitest';
import { equationSchema } from '../../src/lib/schema';

const good = {
  title: 'Softmax',
  category: 'activations',
  summary: 'Turns logits into a probability distribution.',
  aliases: ['softargmax'],
  paper: {
    type: 'article',
    journal: 'Neural Computation',
    title: 'A paper',
    authors: ['A. Author'],
    year: 1990,
    url: 'https://doi.org/10.1000/xyz',
    doi: '10.1000/xyz',
  },
  related: ['sigmoid'],
};

function errorsOf(data: unknown): string {
  const result = equationSchema.safeParse(data);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('the entry schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    expect(errorsOf(good)).toBe('');
    const parsed = equationSchema.parse({ title: 'X', category: 'losses', summary: 'A sentence.' });
    expect(parsed).toMatchObject({ aliases: [], tags: [], related: [] });
  });

  it('rejects a missing title, category or summary, naming the field', () => {
    expect(errorsOf({ ...good, title: undefined })).toMatch(/^title: title is required/);
    expect(errorsOf({ ...good, summary: undefined })).toMatch(/summary/);
    expect(errorsOf({ ...good, category: undefined })).toMatch(/category/);
  });

  it('rejects an unknown category and lists the valid ones', () => {
    expect(errorsOf({ ...good, category: 'activation' })).toMatch(
      /category "activation" is not valid; use one of: sequence-models, attention, activations/,
    );
  });

  it('rejects a summary that is not one plain sentence', () => {
    expect(errorsOf({ ...good, summary: 'No period at the end' })).toMatch(/full sentence/);
    expect(errorsOf({ ...good, summary: 'Uses $x$ math.' })).toMatch(/no math/);
    expect(errorsOf({ ...good, summary: 'Has <b>HTML</b>.' })).toMatch(/no HTML/);
    expect(errorsOf({ ...good, summary: `${'a'.repeat(240)}.` })).toMatch(/at most 240/);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    expect(errorsOf({ ...good, alias: ['x'] })).toMatch(/alias/);
  });

  it('rejects malformed paper references', () => {
    expect(errorsOf({ ...good, paper: { ...good.paper, url: 'javascript:alert(1)' } })).toMatch(/paper.url/);
    expect(errorsOf({ ...good, paper: { ...good.paper, doi: 'https://doi.org/10.1000/xyz' } })).toMatch(/paper.doi/);
    expect(errorsOf({ ...good, paper: { ...good.paper, arxiv: 'arXiv:1706.03762' } })).toMatch(/paper.arxiv/);
    expect(errorsOf({ ...good, paper: { ...good.paper, authors: [] } })).toMatch(/at least one author/);
    expect(errorsOf({ ...good, paper: { ...good.paper, year: '2017' } })).toMatch(/paper.year/);
  });

  it('rejects related ids that are not file names', () => {
    expect(errorsOf({ ...good, related: ['Layer Normalization'] })).toMatch(/related/);
  });
});
