import { type Check, formula } from '../../../src/lib/verification';
import { at, gaussianPdf } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { j: 1, k: 2 },
      { j: 2, k: 1 },
    ].map((s) => ({
      ...s,
      x: [1.5, -2],
      mu: [
        [0, 1],
        [-1, 3],
      ],
      sigma: [
        [1, 0.5],
        [2, 1.5],
      ],
    })),
    ({ x, mu, sigma: sd, j, k }) => gaussianPdf([at(x, j)], [mu[j - 1]?.[k - 1] ?? NaN], [[(sd[j - 1]?.[k - 1] ?? NaN) ** 2]]),
    [['2 \\pi \\sigma_{jk}^2', '2 \\pi \\sigma_{jk}']],
  ),
] satisfies Check[];
