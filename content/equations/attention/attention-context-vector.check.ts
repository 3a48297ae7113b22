import { type Check, formula } from '../../../src/lib/verification';
import { matVec, T } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        alpha: [
          [0.5, 0.3, 0.2],
          [0.1, 0.6, 0.3],
          [0.2, 0.2, 0.6],
        ],
        h: [
          [1, -1],
          [2, 0],
          [0, 3],
        ],
        i: 2,
        T_x: 3,
      },
    ],
    // The expected annotation under the alignment distribution α_i (Bahdanau et al. 2015, eq. 5).
    ({ alpha, h, i }) => matVec(T(h), alpha[i - 1] ?? []),
    [['\\alpha_{ij}', '\\alpha_{ji}']],
  ),
] satisfies Check[];
