import { type Check, formula } from '../../../src/lib/verification';
import { attend, softmaxFn } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        softmax: softmaxFn,
        Q: [
          [1, 0],
          [0, 2],
          [-1, 1],
        ],
        K: [
          [1, 1],
          [0, -1],
          [2, 0],
        ],
        V: [
          [1, 0],
          [0, 1],
          [3, -2],
        ],
        d_k: 2,
        M: [
          [0, -Infinity, -Infinity],
          [0, 0, -Infinity],
          [0, 0, 0],
        ],
      },
    ],
    // Position i attends only to positions j ≤ i.
    ({ Q, K, V }) => attend(Q, K, V, (i, j) => j <= i),
    [
      ['+ \\mathbf{M}', '- \\mathbf{M}'],
      ['\\sqrt{d_k}', 'd_k'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { i: 2, j: 1 },
      { i: 2, j: 2 },
      { i: 2, j: 3 },
    ],
    ({ i, j }) => (j > i ? -Infinity : 0),
    [['j \\le i', 'j < i']],
  ),
] satisfies Check[];
