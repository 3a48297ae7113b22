import { type Check, formula } from '../../../src/lib/verification';
import { dot, sigma, sigmoid, T } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      {
        sigma,
        x: [[1, -1, 2]],
        W: [
          [1, 0],
          [0.5, -1],
          [0, 2],
        ],
        V: [
          [0, 1],
          [1, 1],
          [-1, 0.5],
        ],
        b: [[0.1, -0.2]],
        c: [[0, 0.5]],
      },
    ],
    // Shazeer (2020), eq. 1: a sigmoid gate on one projection times a second projection.
    ({ x, W, V, b, c }) => {
      const row = x[0] ?? [];
      const gate = T(W).map((col, k) => sigmoid(dot(row, col) + (b[0]?.[k] ?? NaN)));
      return [T(V).map((col, k) => (gate[k] ?? NaN) * (dot(row, col) + (c[0]?.[k] ?? NaN)))];
    },
    [['\\sigma\\left(\\mathbf{x}\\mathbf{W} + \\mathbf{b}\\right)', '\\left(\\mathbf{x}\\mathbf{W} + \\mathbf{b}\\right)']],
  ),
] satisfies Check[];
