import { describe, expect, it } from 'vitest';
import { indexTokens, isMathQuery, latexTokens, mathOverlap, normalizeQuery } from '../../src/lib/search-normalize';

describe('search normalisation of LaTeX', () => {
  it('makes σ, sigma and \\sigma the same query', () => {
    expect(normalizeQuery('σ')).toBe('sigma');
    expect(normalizeQuery('\\sigma')).toBe('sigma');
    expect(normalizeQuery('sigma')).toBe('sigma');
  });

  it('normalises \\sqrt{d_k} and "sqrt d_k" alike', () => {
    expect(normalizeQuery('\\sqrt{d_k}')).toBe('sqrt dk');
    expect(normalizeQuery('sqrt d_k')).toBe('sqrt dk');
    expect(normalizeQuery('√d_k')).toBe('sqrt dk');
  });

  it('leaves word queries alone', () => {
    expect(isMathQuery('cross entropy')).toBe(false);
    expect(normalizeQuery(' layer norm ')).toBe('layer norm');
  });

  it('indexes names and symbols, not markup', () => {
    const tokens = indexTokens('\\operatorname{softmax}\\left(\\frac{\\mathbf{Q}\\mathbf{K}^\\top}{\\sqrt{d_k}}\\right)\\mathbf{V}');
    expect(tokens).toEqual(['softmax', 'top', 'sqrt', 'dk']);
    expect(indexTokens('d_{\\text{model}} + \\hat{\\mathbf{y}}_i')).toEqual(['dmodel', 'yi']);
    expect(indexTokens('\\begin{cases} x & \\text{if } x > 0 \\end{cases}')).toEqual(['if']);
  });

  it('keeps single letters for re-ranking math queries', () => {
    expect(latexTokens('\\log(1 - D(G(z)))')).toEqual(['log', '1', 'd', 'g', 'z']);
    expect(mathOverlap('\\log(1 - D(G(z)))', latexTokens('\\mathbb{E}_{z}[\\log(1 - D(G(z)))]'))).toBe(1);
    expect(mathOverlap('\\log(1 - D(G(z)))', latexTokens('\\log p(x)'))).toBeCloseTo(0.2);
  });
});

describe('search index text and suggestions', () => {
  it('indexes display equations and where-list symbols, and keeps letters for re-ranking', async () => {
    const { searchText } = await import('../../src/lib/search-index');
    const { entryParts, parseMarkdown } = await import('../../src/lib/latex-blocks');
    const text = searchText(
      entryParts(parseMarkdown('$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$\n\n## Where\n\n- $x \\in \\mathbb{R}$: the input.\n')),
    );
    expect(text.index).toBe('sigma');
    expect(text.tex).toBe('sigma x 1 1 e x');
  });

  it('indexes the parts of hyphenated names, which Pagefind would join', async () => {
    const { hyphenParts, searchText } = await import('../../src/lib/search-index');
    expect(hyphenParts('Binary cross-entropy and log-sum-exp, not x - y')).toEqual(['cross', 'entropy', 'log', 'sum', 'exp']);
    expect(searchText({ display: ['x'], inline: [], text: 'x' }, ['Binary cross-entropy']).index.split(' ')).toEqual(
      expect.arrayContaining(['cross', 'entropy']),
    );
  });
});
