import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { attend, K, matmul, Q, V } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      {
        Attention: (q: Value, k: Value, v: Value) => attend(q as number[][], k as number[][], v as number[][]),
        Q,
        K,
        V,
        'W^Q': [
          [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
          [
            [0, 1],
            [-1, 0],
            [2, 0],
          ],
        ],
        'W^K': [
          [
            [1, 1],
            [0, 1],
            [1, 0],
          ],
          [
            [0.5, 0],
            [0, 0.5],
            [1, -1],
          ],
        ],
        'W^V': [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [2, 0],
            [1, -1],
          ],
        ],
        i: 2,
      },
    ],
    // Head i attends with its own projections of queries, keys and values.
    (s) => attend(matmul(s.Q, s['W^Q'][1] ?? []), matmul(s.K, s['W^K'][1] ?? []), matmul(s.V, s['W^V'][1] ?? [])),
    [['\\mathbf{K}\\mathbf{W}_i^K', '\\mathbf{K}\\mathbf{W}_i^Q']],
  ),
] satisfies Check[];
