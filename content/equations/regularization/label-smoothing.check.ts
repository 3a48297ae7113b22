import { type Check, formula } from '../../../src/lib/verification';
import { at, identity } from '../../../src/verification/reference';

/** Label smoothing (Szegedy et al. 2016, section 7; torch's label_smoothing): (1 − ε) on the true class c, plus ε/K on every class. */
const smoothed = (c: number, epsilon: number, K: number): number[] =>
  Array.from({ length: K }, (_, k) => (k + 1 === c ? 1 - epsilon : 0) + epsilon / K);

export default [
  formula(
    {},
    [
      { epsilon: 0.1, y: [0, 1, 0], K: 3 },
      { epsilon: 0.3, y: [0, 0, 0, 1], K: 4 },
    ],
    ({ epsilon, y, K }) => smoothed(y.indexOf(1) + 1, epsilon, K),
    [['(1 - \\epsilon) \\mathbf{y}', '\\mathbf{y}']],
  ),
  formula(
    { block: 1 },
    [
      { epsilon: 0.1, c: 2, k: 2, K: 3, delta: identity(3), u: () => 1 / 3 },
      { epsilon: 0.1, c: 2, k: 3, K: 3, delta: identity(3), u: () => 1 / 3 },
    ],
    ({ epsilon, c, k, K }) => at(smoothed(c, epsilon, K), k),
    [['\\epsilon \\, u(k)', 'u(k)']],
  ),
] satisfies Check[];
