import { formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';
import { dot, at, matmul, T, softmax, elementwise, softmaxFn } from './reference';

export const verifications: Verification[] = [
  formula(
    'transformer-learning-rate-schedule',
    {},
    [
      { t: 100, d_model: 512, T_warmup: 4000 },
      { t: 8000, d_model: 512, T_warmup: 4000 },
    ],
    ({ t, d_model, T_warmup }) => d_model ** -0.5 * Math.min(t ** -0.5, t * T_warmup ** -1.5),
  ),
  formula(
    'scaled-dot-product-attention',
    {},
    [
      {
        Q: [
          [1, 0, 1],
          [0, 2, 0],
        ],
        K: [
          [1, 1, 0],
          [0, 1, 1],
          [1, 0, 0],
          [2, 0, 1],
        ],
        V: [
          [1, 0],
          [0, 1],
          [1, 1],
          [2, -1],
        ],
        d_k: 3,
        softmax: softmaxFn,
      },
    ],
    ({ Q, K, V, d_k }) =>
      matmul(
        matmul(Q, T(K)).map((r) => softmax(r.map((x) => x / Math.sqrt(d_k)))),
        V,
      ),
    [['\\sqrt{d_k}', 'd_k']],
  ),
  formula(
    'attention-weights',
    {},
    [
      {
        e: [
          [1, 2, 3],
          [0, 0, 1],
        ],
        i: 2,
        j: 3,
        T_x: 3,
      },
    ],
    ({ e, i, j }) => at(softmax(e[i - 1] ?? []), j),
  ),
  formula(
    'luong-dot-attention',
    { block: 1 },
    [
      {
        score: (a: Value, b: Value) => dot(a as number[], b as number[]),
        h_t: [1, 2],
        bar_h: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        s: 2,
        S: 3,
      },
    ],
    () => at(softmax([1, 2, 3]), 2),
  ),
  formula(
    'linear-attention',
    { block: 1, sides: [1] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        k: [
          [1, -1],
          [0, 2],
        ],
        v: [
          [1, 2],
          [3, 4],
        ],
        i: 2,
      },
    ],
    () => [
      [2 * 1 + 1 * 3, 2 * 2 + 1 * 4],
      [Math.exp(-1) * 1 + 3 * 3, Math.exp(-1) * 2 + 3 * 4],
    ],
  ),
];
