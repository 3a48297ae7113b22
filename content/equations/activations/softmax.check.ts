import { type Check, formula } from '../../../src/lib/verification';
import { at, softmax } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { z: [1, 2, 3], i: 2, K: 3 },
      { z: [0.5, -1, 2, 0], i: 4, K: 4 },
    ],
    ({ z, i }) => at(softmax(z), i),
    [
      ['\\sum_{j=1}^{K}', '\\sum_{j=2}^{K}'],
      ['e^{z_i}', 'e^{-z_i}'],
    ],
  ),
] satisfies Check[];
