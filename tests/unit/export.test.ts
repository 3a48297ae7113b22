import { describe, expect, it } from 'vitest';
import { createExport } from '../../src/lib/export';
import { equationSchema } from '../../src/lib/schema';
import { withBase } from '../../src/lib/urls';

const data = equationSchema.parse({
  title: 'Sigmoid',
  category: 'activations',
  summary: 'Squashes a real number into (0, 1).',
  related: ['tanh'],
});

describe('the JSON export', () => {
  it('lists each entry with the exact source of its display blocks, in order', () => {
    const doc = createExport(
      [
        {
          id: 'sigmoid',
          data,
          latex: ['\\sigma(x) = \\frac{1}{1 + e^{-x}}', '\\sigma(-x) = 1 - \\sigma(x)'],
        },
      ],
      {
        base: '/',
        site: 'https://example.org',
        verify: (id, latex) => id === 'sigmoid' && latex.length === 2,
      },
    );
    expect(doc).toEqual({
      count: 1,
      verified: 1,
      equations: [
        {
          id: 'sigmoid',
          title: 'Sigmoid',
          category: 'activations',
          summary: 'Squashes a real number into (0, 1).',
          aliases: [],
          tags: [],
          url: 'https://example.org/equations/sigmoid/',
          latex: ['\\sigma(x) = \\frac{1}{1 + e^{-x}}', '\\sigma(-x) = 1 - \\sigma(x)'],
          paper: null,
          related: ['tanh'],
          verified: true,
          unverified: null,
        },
      ],
    });
  });

  it('marks entries unverified unless a check says otherwise', () => {
    const doc = createExport([{ id: 'sigmoid', data, latex: ['x'] }]);
    expect(doc.verified).toBe(0);
    expect(doc.equations[0]?.verified).toBe(false);
  });

  it("publishes an unverified entry's reason", () => {
    const reason = 'An expectation over the data distribution, so there is no finite formula to evaluate.';
    const doc = createExport([{ id: 'sigmoid', data: { ...data, unverified: reason }, latex: ['x'] }]);
    expect(doc.equations[0]?.unverified).toBe(reason);
  });

  it('respects the base path', () => {
    const doc = createExport([{ id: 'sigmoid', data, latex: ['x'] }], { base: '/ml-equations/', site: 'https://example.org' });
    expect(doc.equations[0]?.url).toBe('https://example.org/ml-equations/equations/sigmoid/');
    expect(withBase('/search/', '/ml-equations/')).toBe('/ml-equations/search/');
    expect(withBase('/', '/')).toBe('/');
  });
});
