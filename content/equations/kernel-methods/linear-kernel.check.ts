import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

/** Pairs of points: mixed signs, orthogonal vectors, a zero vector, large magnitudes (for the kernels that stay finite). */
const pairs = [
  { x: [1, 2], x_prime: [3, -1] },
  { x: [1, 0, -2], x_prime: [0, 5, 0] },
  { x: [0, 0], x_prime: [-2, 4] },
  { x: [1e3, -2e3], x_prime: [3e3, 5e2] },
];

export default [
  formula({}, pairs, ({ x, x_prime }) => sum(x.map((v, i) => v * at(x_prime, i + 1))), [
    ["\\mathbf{x}^\\top \\mathbf{x}'", '\\mathbf{x}^\\top \\mathbf{x}'],
  ]),
] satisfies Check[];
