import { type Check, formula } from '../../../src/lib/verification';
import { at, softmax } from '../../../src/verification/reference';

export default [
  formula({}, [{ z: [1, 2, 3], i: 3, K: 3 }], ({ z, i }) => Math.log(at(softmax(z), i)), [['- \\log', '+ \\log']]),
  formula(
    { block: 1 },
    [
      { z: [1, 2, 3], i: 1, K: 3, m: 3 },
      { z: [-2, 0.5, 1], i: 2, K: 3, m: 1 },
    ],
    ({ z, i }) => Math.log(at(softmax(z), i)),
    [['z_i - m', 'z_i + m']],
  ),
] satisfies Check[];
