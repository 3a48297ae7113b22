import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { i: 16, s: 2, p: 1, d: 1, k: 3, a: 1 },
      { i: 5, s: 3, p: 0, d: 2, k: 4, a: 0 },
    ],
    // Scatter every input unit u through every kernel tap κ to output u·s + κ·d, then crop p from each side and add a.
    ({ i, s, p, d, k, a }) => {
      let last = 0;
      for (let u = 0; u < i; u++) for (let kappa = 0; kappa < k; kappa++) last = Math.max(last, u * s + kappa * d);
      return last + 1 - 2 * p + a;
    },
    [
      ['- 2p', '- p'],
      ['d(k - 1)', 'dk'],
    ],
  ),
] satisfies Check[];
