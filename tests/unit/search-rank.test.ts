import { describe, expect, it } from 'vitest';
import { isMarkupOnly, isRelevant, isTermMatch, matchTier, normalizeName, rankResults } from '../../src/lib/search-rank';

const r = (title: string, aliases: string[] = []) => ({ title, aliases });

describe('search re-ranking', () => {
  it('normalizes names for comparison', () => {
    expect(normalizeName('  Layer-Norm ')).toBe('layer norm');
    expect(normalizeName('Cohen’s kappa')).toBe('cohens kappa');
  });

  it('puts the exact title first, then an exact alias, keeping the index order otherwise', () => {
    const results = [r('Softmax with temperature'), r('Log-softmax'), r('Softmax', ['softargmax']), r('Leaky ReLU'), r('ReLU')];
    expect(rankResults('softmax', results).map((x) => x.title)).toEqual([
      'Softmax',
      'Softmax with temperature',
      'Log-softmax',
      'Leaky ReLU',
      'ReLU',
    ]);
    expect(rankResults('relu', results)[0]?.title).toBe('ReLU');
    expect(rankResults('softargmax', results)[0]?.title).toBe('Softmax');
  });

  it('treats spacing and dashes alike', () => {
    expect(matchTier('layernorm', r('Layer normalization', ['layer norm', 'LayerNorm']))).toBe(1);
    expect(matchTier('layer norm', r('Layer normalization', ['LayerNorm']))).toBe(1);
    expect(matchTier('', r('x'))).toBe(4);
  });
});

describe('isTermMatch / isRelevant: what counts as a real match', () => {
  it('accepts the word itself, a longer word it starts, and inflections', () => {
    expect(isTermMatch('softmax', 'Softmax.')).toBe(true);
    expect(isTermMatch('frac', 'fraction')).toBe(true);
    expect(isTermMatch('outliers', 'outlier')).toBe(true);
    expect(isTermMatch('normalizing', 'normalization')).toBe(true);
    expect(isTermMatch('layer-norm', 'layernorm')).toBe(true);
  });

  it('rejects the shorter prefixes Pagefind falls back to for unknown words', () => {
    expect(isTermMatch('qwerty', 'q')).toBe(false);
    expect(isTermMatch('softmx', 'soft')).toBe(false);
    expect(isTermMatch('softmx', 'soft-margin')).toBe(false);
    expect(isTermMatch('xyzzy', 'x')).toBe(false);
  });

  it('needs every query term matched', () => {
    expect(isRelevant(['sqrt', 'dk'], ['sqrt', 'dk', 'sqrt'])).toBe(true);
    expect(isRelevant(['sqrt', 'dk'], ['sqrt', 'dkl'])).toBe(true); // a prefix, as Pagefind searches
    expect(isRelevant(['cross', 'entropy'], ['entropy'])).toBe(false);
  });
});

describe('isMarkupOnly', () => {
  it('flags queries made only of LaTeX markup words', () => {
    expect(isMarkupOnly('frac')).toBe(true);
    expect(isMarkupOnly('\\left( \\right)')).toBe(true);
    expect(isMarkupOnly('\\mathbf')).toBe(true);
    expect(isMarkupOnly('softmax')).toBe(false);
    expect(isMarkupOnly('\\frac{1}{2} \\|w\\|^2')).toBe(false);
    expect(isMarkupOnly('sum')).toBe(false);
  });
});
