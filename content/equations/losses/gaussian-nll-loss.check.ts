import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { mu: 0.5, sigma: 2, y: -1 },
      { mu: 0, sigma: 0.1, y: 0.05 },
      { mu: 3, sigma: 1, y: 3 },
    ],
    // −log of the normal density N(y; μ, σ²).
    ({ mu, sigma: s, y }) => -Math.log(Math.exp(-((y - mu) ** 2) / (2 * s * s)) / Math.sqrt(2 * Math.PI * s * s)),
    [
      [' + \\frac{1}{2} \\log (2 \\pi)', ''],
      ['(y - \\mu)^{2}', '(y - \\mu)'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { mu: 0.5, sigma: 2, y: -1, epsilon: 1e-6 },
      { mu: 0, sigma: 1e-4, y: 1e-3, epsilon: 1e-6 },
    ],
    // torch.nn.GaussianNLLLoss(full=False, eps): the variance is clamped to at least eps.
    ({ mu, sigma: s, y, epsilon }) => {
      const v = Math.max(s * s, epsilon);
      return 0.5 * (Math.log(v) + (y - mu) ** 2 / v);
    },
    [['{\\max(\\sigma^{2}, \\epsilon)}', '{\\sigma^{2}}']],
  ),
] satisfies Check[];
