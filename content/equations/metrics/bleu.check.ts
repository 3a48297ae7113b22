import { type Check, formula } from '../../../src/lib/verification';
import { at } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { BP: 1, w: [0.25, 0.25, 0.25, 0.25], p: [0.8, 0.5, 0.4, 0.25], N: 4 },
      { BP: Math.exp(1 - 12 / 10), w: [0.5, 0.5], p: [0.6, 0.3], N: 2 },
    ],
    // Papineni et al. (2002): BP times the weighted geometric mean of the n-gram precisions.
    ({ BP, w, p }) => BP * p.reduce((acc, pn, i) => acc * pn ** at(w, i + 1), 1),
    [['w_n \\log p_n', '\\log p_n']],
  ),
  formula(
    { block: 1 },
    [
      { c: 10, r: 12 },
      { c: 15, r: 12 },
      { c: 12, r: 12 },
    ],
    // Papineni et al. (2002), §2.2.2: no penalty for candidates longer than the reference.
    ({ c, r }) => (c > r ? 1 : Math.exp(1 - r / c)),
    [['e^{1 - r/c}', 'e^{1 - c/r}']],
  ),
] satisfies Check[];
