import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, mean, sum, targets, X } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { w: [1, -2], x: [3, 4], b: 0.5, d: 2 },
      { w: [0, 0, 0], x: [1, 2, 3], b: -1, d: 3 },
    ],
    ({ w, x, b }) => sum(w.map((v, j) => v * at(x, j + 1))) + b,
    [['\\mathbf{x} + b', '\\mathbf{x} - b']],
  ),
  formula(
    { block: 1 },
    [{ w: [0.5, 1], b: -0.5, x: X, y: targets, N: X.length }],
    // The mean squared residual of the predictions.
    ({ w, b, x, y }) => mean(x.map((xi, i) => (at(y, i + 1) - (dot(w, xi) + b)) ** 2)),
    [['\\frac{1}{N} \\sum', '\\sum']],
  ),
] satisfies Check[];
