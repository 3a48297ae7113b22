import { type Check, formula } from '../../../src/lib/verification';
import { at, embed, f, lossesVec, sum } from '../../../src/verification/reference';

/** FaceNet's triplet loss (Schroff et al. 2015, eq. 1) on squared Euclidean distances of the embeddings. */
const triplet = (a: readonly number[], p: readonly number[], n: readonly number[], alpha: number): number => {
  const d = (u: readonly number[], v: readonly number[]) => sum(embed(u).map((x, k) => (x - at(embed(v), k + 1)) ** 2));
  return Math.max(0, d(a, p) - d(a, n) + alpha);
};

export default [
  formula(
    {},
    [
      { 'x^a': [1, 0, 1], 'x^p': [0, 0, 2], 'x^n': [1, 1, 1], alpha: 0.5, f },
      { 'x^a': [1, 0, 1], 'x^p': [1, 0.1, 1], 'x^n': [-2, 3, 0], alpha: 0.2, f },
    ],
    (s) => triplet(s['x^a'], s['x^p'], s['x^n'], s.alpha),
    [['+ \\alpha', '- \\alpha']],
  ),
  formula(
    { block: 1 },
    [
      {
        'x^a': [
          [1, 0, 1],
          [1, 0, 1],
        ],
        'x^p': [
          [0, 0, 2],
          [1, 0.1, 1],
        ],
        'x^n': [
          [1, 1, 1],
          [-2, 3, 0],
        ],
        N: 2,
        ell: (a, p, n) => triplet(lossesVec(a), lossesVec(p), lossesVec(n), 0.5),
      },
    ],
    (s) => sum(s['x^a'].map((a, i) => triplet(a, s['x^p'][i] ?? [], s['x^n'][i] ?? [], 0.5))),
    [['\\sum_{i=1}^{N}', '\\sum_{i=2}^{N}']],
  ),
] satisfies Check[];
