import { describe, expect, it } from 'vitest';
import { isMarkupOnly, isRelevant, isTermMatch, normalizeName, queryProblem } from '../../src/lib/search-rank';

describe('normalizeName', () => {
  it('normalizes names for comparison', () => {
    expect(normalizeName('  Layer-Norm ')).toBe('layer norm');
    expect(normalizeName('Cohen’s kappa')).toBe('cohens kappa');
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

describe('queryProblem: what is searched at all', () => {
  it('searches names, descriptions, formulas and one CJK character', () => {
    for (const q of ['relu', 'KL', 'penalty that makes weights sparse', '\\sigma(x)', 'max(0, x)', '熵', '交叉熵', 'σ', '\\', 'L1'])
      expect(queryProblem(q), q).toBeUndefined();
  });

  it('explains what it does not search: nothing, one letter, punctuation, bare markup', () => {
    expect(queryProblem('   ')).toBe('');
    expect(queryProblem('x')).toMatch(/at least two letters/);
    expect(queryProblem(' 7 ')).toMatch(/at least two letters/);
    expect(queryProblem('?!.,;:')).toMatch(/Type a name, a description or a formula/);
    expect(queryProblem('\\frac')).toMatch(/LaTeX markup/);
  });
});
