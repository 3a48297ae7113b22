import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x: [0, 1, 0], mu: [0.2, 0.5, 0.3], K: 3 },
      { x: [0, 0, 0, 1], mu: [0.1, 0.2, 0.3, 0.4], K: 4 },
    ],
    // The probability of the category whose indicator is 1.
    ({ x, mu }) => mu[x.indexOf(1)] ?? NaN,
    [['\\mu_k^{x_k}', '\\mu_k^{1 - x_k}']],
  ),
] satisfies Check[];
