import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: -1, hat_y: 0.3 },
      { y: 1, hat_y: 3 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y) ** 2,
    [['^{2}', '']],
  ),
  formula(
    { block: 1 },
    [{ y: [1, -1, 1], hat_y: [0.3, 0.3, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.max(0, 1 - v * at(hat_y, i + 1)) ** 2)) / N,
    [['^{2}', '']],
  ),
] satisfies Check[];
