import { type Check, formula } from '../../../src/lib/verification';
import { dot, T } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      {
        X: [
          [1, 2, 0],
          [-1, 0, 3],
        ],
        'W^Q': [
          [1, 0],
          [0, -1],
          [2, 1],
        ],
      },
    ],
    // Row t of Q is the query of token t: W^Q applied to the token's row of X.
    (s) => s.X.map((x) => T(s['W^Q']).map((col) => dot(x, col))),
    [['\\mathbf{X}\\mathbf{W}^Q', '\\mathbf{W}^Q']],
  ),
] satisfies Check[];
