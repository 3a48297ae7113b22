import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, at, columns, mean, rewritten, standardise, variance } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { i: 1, j: 1 },
      { i: 3, j: 2 },
    ].map(({ i, j }) => {
      const x = [
        [1, -5],
        [4, 10],
        [2.5, 200],
      ];
      return { x, i, j, mu: columns(x).map(mean), sigma: columns(x).map((c) => Math.sqrt(variance(c))) };
    }),
    // sklearn.preprocessing.StandardScaler: (x − column mean) / column population standard deviation.
    ({ x, i, j }) => at(standardise(columns(x)[j - 1] ?? [], 0), i),
    [['- \\mu_j', '+ \\mu_j']],
  ),
  formula(
    { block: 1 },
    [1, 2].map((j) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 200],
      ],
      j,
      N: 3,
    })),
    ({ x, j }) => mean(columns(x)[j - 1] ?? []),
    [['\\frac{1}{N} \\sum_{i=1}^{N} x_{ij}', '\\sum_{i=1}^{N} x_{ij}']],
  ),
  rewritten(
    formula(
      { block: 1 },
      [1, 2].map((j) => {
        const x = [
          [1, -5],
          [4, 10],
          [2.5, 200],
        ];
        return { x, j, N: 3, mu: columns(x).map(mean) };
      }),
      ({ x, j }) => Math.sqrt(variance(columns(x)[j - 1] ?? [])),
      [['\\frac{1}{N} \\sum_{i=1}^{N} \\left(', '\\frac{1}{N - 1} \\sum_{i=1}^{N} \\left(']],
    ),
    afterQquad(),
  ),
] satisfies Check[];
