import { type Check, formula } from '../../../src/lib/verification';
import { at, mean } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 },
      { y: [-4, 0, 1e6], hat_y: [-1, 0, 1e6 + 4], N: 3 },
    ],
    ({ y, hat_y }) => Math.sqrt(mean(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2))),
    [
      ['\\frac{1}{N} \\sum', '\\sum'],
      ['\\right)^{2}', '\\right)'],
    ],
  ),
] satisfies Check[];
