import { chain, type Check } from '../../../src/lib/verification';
import { mean, standardise, variance } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [
      { x: [1, 2, 4, 9], m: 4, gamma: 1.5, beta: -0.5, epsilon: 1e-5 },
      { x: [1000, 1002, 998], m: 3, gamma: 1, beta: 0, epsilon: 1e-5 },
    ],
    ([meanRow = '', varRow = '', normRow = '', outRow = ''], s, ev) => {
      const mu_cal_B = ev(meanRow, s);
      const variance = ev(varRow, { ...s, mu_cal_B });
      const sigma_cal_B = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const hat_x = s.x.map((_, k) => ev(normRow, { ...s, i: k + 1, mu_cal_B, sigma_cal_B }));
      const y = s.x.map((_, k) => ev(outRow, { ...s, i: k + 1, hat_x }));
      return { mean: mu_cal_B, variance, hat_x, y };
    },
    // torch.nn.BatchNorm1d in training mode (Ioffe & Szegedy 2015, Algorithm 1): biased batch variance.
    ({ x, gamma, beta, epsilon }) => ({
      mean: mean(x),
      variance: variance(x),
      hat_x: standardise(x, epsilon),
      y: standardise(x, epsilon).map((v) => gamma * v + beta),
    }),
    [
      ['\\frac{1}{m} \\sum_{i=1}^{m} \\left(', '\\frac{1}{m - 1} \\sum_{i=1}^{m} \\left('],
      ['\\gamma \\hat{x}_i + \\beta', '\\gamma \\hat{x}_i'],
    ],
  ),
] satisfies Check[];
