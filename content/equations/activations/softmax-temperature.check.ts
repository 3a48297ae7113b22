import { type Check, formula } from '../../../src/lib/verification';
import { at, softmax } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { z: [1, 2, 3], i: 1, K: 3, T: 2 },
      { z: [0.5, -1, 4], i: 3, K: 3, T: 0.5 },
    ],
    ({ z, i, T: t }) => at(softmax(z.map((v) => v / t)), i),
    [['\\exp(z_i / T)', '\\exp(z_i)']],
  ),
] satisfies Check[];
