import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: 1, hat_y: 0.3 },
      { y: -1, hat_y: 0.3 },
      { y: 1, hat_y: 2 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y),
    [['1 - y \\hat{y}', '1 + y \\hat{y}']],
  ),
  formula(
    { block: 1 },
    [{ y: [1, -1, 1], hat_y: [0.3, 0.3, 2], N: 3 }],
    // Per-sample hinge losses 0.7, 1.3 and 0.
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.max(0, 1 - v * at(hat_y, i + 1)))) / N,
    [['\\frac{1}{N}', '']],
  ),
] satisfies Check[];
