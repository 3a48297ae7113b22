import { type Check, formula } from '../../../src/lib/verification';
import { at, mean, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { hat_p: [0.9, 0.2, 0.5, 1, 0], y: [1, 0, 1, 0, 0], N: 5 },
      { hat_p: [0.1], y: [1], N: 1 },
    ],
    // scikit-learn's brier_score_loss: the mean squared difference of probability and outcome.
    ({ hat_p, y }) => mean(hat_p.map((p, i) => (p - at(y, i + 1)) ** 2)),
    [
      ['\\right)^{2}', '\\right)'],
      ['\\frac{1}{N} \\sum', '\\sum'],
    ],
  ),
  formula(
    { block: 1 },
    [
      {
        hat_p: [
          [0.7, 0.2, 0.1],
          [0, 0.5, 0.5],
        ],
        y: [
          [1, 0, 0],
          [0, 0, 1],
        ],
        N: 2,
        K: 3,
      },
    ],
    // Brier (1950): the squared distance between forecast and outcome vectors, averaged over forecasts.
    ({ hat_p, y }) => mean(hat_p.map((row, i) => sum(row.map((p, k) => (p - (y[i]?.[k] ?? NaN)) ** 2)))),
    [['\\hat{p}_{ik} - y_{ik}', '\\hat{p}_{ik} - y_{ki}']],
  ),
] satisfies Check[];
