import { formula, type Verification } from '../lib/verification';
import { sum, dot, norm } from './reference';

export const verifications: Verification[] = [
  formula('variance', { block: 1 }, [{ x: [1, 2, 4], bar_x: 7 / 3, N: 3 }], ({ x, bar_x }) => sum(x.map((v) => (v - bar_x) ** 2)) / 2),
  formula(
    'pearson-correlation',
    { block: 1 },
    [{ x: [1, 2, 4], y: [2, 1, 5], bar_x: 7 / 3, bar_y: 8 / 3, N: 3 }],
    ({ x, y, bar_x, bar_y }) => {
      const dx = x.map((v) => v - bar_x);
      const dy = y.map((v) => v - bar_y);
      return dot(dx, dy) / (norm(dx) * norm(dy));
    },
  ),
  formula(
    'gaussian-distribution',
    {},
    [{ x: 1.3, mu: 0.5, sigma: 0.8 }],
    ({ x, mu, sigma: s }) => Math.exp(-((x - mu) ** 2) / (2 * s * s)) / Math.sqrt(2 * Math.PI * s * s),
    [['{2 \\sigma^{2}} \\right)', '{\\sigma^{2}} \\right)']],
  ),
  formula(
    'multivariate-gaussian',
    {},
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
        d: 2,
      },
    ],
    () => Math.exp(-0.5 * ((1 * (1 - 0.5)) / 1.75 + (1 * (2 - 0.5)) / 1.75)) / (2 * Math.PI * Math.sqrt(1.75)),
    [['^{-1}', '']],
  ),
  formula(
    'multivariate-gaussian',
    { block: 1 },
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
        d: 2,
      },
    ],
    () => -0.5 * (1 / 1.75 + 1 / 1.75) - Math.log(2 * Math.PI) - 0.5 * Math.log(1.75),
  ),
];
