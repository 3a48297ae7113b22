import { describe, expect, it } from 'vitest';
import { matchTier, normalizeName, rankResults } from '../../src/lib/search-rank';

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
