import { type Check, formula } from '../../../src/lib/verification';
import { attend, matmul, softmaxFn } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        softmax: softmaxFn,
        X: [
          [1, 0, -1],
          [0.5, 2, 0],
        ],
        Z: [
          [1, 1, 0],
          [0, -1, 2],
          [1, 0, 1],
        ],
        'W^Q': [
          [1, 0],
          [0, 1],
          [1, -1],
        ],
        'W^K': [
          [0.5, 0],
          [1, 1],
          [0, -1],
        ],
        'W^V': [
          [1, 2],
          [0, 1],
          [-1, 0],
        ],
        d_k: 2,
      },
    ],
    // Queries from the decoder sequence X, keys and values from the encoder sequence Z.
    (s) => attend(matmul(s.X, s['W^Q']), matmul(s.Z, s['W^K']), matmul(s.Z, s['W^V'])),
    [
      ['\\sqrt{d_k}', 'd_k'],
      ['\\left(\\mathbf{Z}\\mathbf{W}^K\\right)^\\top', '\\left(\\mathbf{Z}\\mathbf{W}^K\\right)'],
    ],
  ),
] satisfies Check[];
