import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: [0, 1, 0], p: [0.2, 0.7, 0.1], K: 3 },
      { y: [0.1, 0.1, 0.8], p: [0.5, 0.25, 0.25], K: 3 },
    ],
    ({ y, p }) => -sum(y.map((v, k) => v * Math.log(at(p, k + 1)))),
    [['-\\sum', '\\sum']],
  ),
  formula(
    { block: 1 },
    [
      {
        y: [
          [0, 1, 0],
          [1, 0, 0],
        ],
        p: [
          [0.2, 0.7, 0.1],
          [0.6, 0.3, 0.1],
        ],
        N: 2,
        K: 3,
      },
    ],
    // The mean over samples of the per-sample cross-entropy.
    ({ y, p, N }) => -sum(y.map((yi, i) => sum(yi.map((v, k) => v * Math.log(at(p[i] ?? [], k + 1)))))) / N,
    [['-\\frac{1}{N}', '-']],
  ),
] satisfies Check[];
