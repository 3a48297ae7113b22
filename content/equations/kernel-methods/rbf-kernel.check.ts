import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

const sqDist = (x: readonly number[], y: readonly number[]) => sum(x.map((v, i) => (v - at(y, i + 1)) ** 2));

export default [
  formula(
    {},
    [
      { x: [1, 2], x_prime: [0, -1], sigma: 0.7 },
      { x: [1, 2], x_prime: [1, 2], sigma: 3 },
      { x: [5, -5, 0], x_prime: [4, -3, 1], sigma: 10 },
    ],
    ({ x, x_prime, sigma: s }) => Math.exp(-sqDist(x, x_prime) / (2 * s * s)),
    [
      ['2 \\sigma^2', '\\sigma^2'],
      ['\\rVert_2^2', '\\rVert_2'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { x: [1, 2], x_prime: [0, -1], gamma: 1 / (2 * 0.49) },
      { x: [5, -5, 0], x_prime: [4, -3, 1], gamma: 0.01 },
    ],
    // scikit-learn's rbf_kernel: exp(−γ ‖x − x'‖²).
    ({ x, x_prime, gamma }) => Math.exp(-gamma * sqDist(x, x_prime)),
    [['-\\gamma', '\\gamma']],
  ),
] satisfies Check[];
