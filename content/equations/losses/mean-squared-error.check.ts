import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 },
      { y: [-4, 100], hat_y: [0, -20], N: 2 },
    ],
    ({ y, hat_y, N }) => sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N,
    [
      ['\\frac{1}{N} ', ''],
      ['^{2}', ''],
    ],
  ),
] satisfies Check[];
