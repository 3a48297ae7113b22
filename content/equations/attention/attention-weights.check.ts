import { type Check, formula } from '../../../src/lib/verification';
import { at, softmax } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        e: [
          [1, 2, 3],
          [0, -1, 4],
          [-2, 0, 0.5],
        ],
        i: 2,
        j: 3,
        T_x: 3,
      },
      { e: [[5, -5, 0]], i: 1, j: 1, T_x: 3 },
    ],
    ({ e, i, j }) => at(softmax(e[i - 1] ?? []), j),
    [['e_{ik}', 'e_{ki}']],
  ),
] satisfies Check[];
