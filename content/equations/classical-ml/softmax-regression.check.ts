import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, softmax } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [1] },
    [1, 2, 3].map((k) => ({
      k,
      K: 3,
      x: [0.5, -1],
      w: [
        [1, 2],
        [0, 1],
        [-1, 0],
      ],
      b: [0, 1, 2],
    })),
    ({ k, x, w, b }) => at(softmax(w.map((wk, j) => dot(wk, x) + at(b, j + 1))), k),
    [['\\mathbf{w}_j^\\top \\mathbf{x} + b_j', '\\mathbf{w}_j^\\top \\mathbf{x} + b_k']],
  ),
] satisfies Check[];
