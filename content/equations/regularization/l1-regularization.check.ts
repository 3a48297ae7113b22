import { type Check, formula } from '../../../src/lib/verification';
import { at, J, mse } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { w: [0.5, -1], lambda: 0.1, J, d: 2 },
      { w: [0, 2], lambda: 3, J, d: 2 },
    ],
    ({ w, lambda }) => mse(w) + lambda * (Math.abs(at(w, 1)) + Math.abs(at(w, 2))),
    [['\\lvert w_j \\rvert', 'w_j']],
  ),
] satisfies Check[];
