import { type Check, formula } from '../../../src/lib/verification';
import { dot, T } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        x: [[1, -2, 0.5]],
        W_1: [
          [1, 0, -1, 0.5],
          [0.5, 1, 0, -1],
          [0, 2, 1, 1],
        ],
        b_1: [[0.1, -0.2, 0, 0.3]],
        W_2: [
          [1, 0],
          [0, 1],
          [-1, 1],
          [0.5, -0.5],
        ],
        b_2: [[0, 1]],
      },
    ],
    // Two linear maps with a ReLU in between, applied to one position.
    ({ x, W_1, b_1, W_2, b_2 }) => {
      const hidden = T(W_1).map((col, k) => Math.max(0, dot(x[0] ?? [], col) + (b_1[0]?.[k] ?? NaN)));
      return [T(W_2).map((col, k) => dot(hidden, col) + (b_2[0]?.[k] ?? NaN))];
    },
    [['\\max\\left(0, \\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1\\right)', '\\left(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1\\right)']],
  ),
] satisfies Check[];
