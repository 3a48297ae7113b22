import { type Check, formula } from '../../../src/lib/verification';
import { matVec } from '../../../src/verification/reference';

/** Luong et al.'s W_c (2 × 5) acting on a 3-dimensional context vector stacked on a 2-dimensional decoder state. */
const Wc = [
  [0.5, -1, 0.25, 2, 0],
  [-0.3, 0.2, 1, -0.5, 0.7],
];

const decoder = {
  W_c: Wc,
  c: [
    [1, -2, 0.5],
    [0, 3, -1],
  ],
  h: [
    [0.4, -0.6],
    [2, 1],
  ],
};

export default [
  formula(
    {},
    [1, 2].map((t) => ({ ...decoder, t })),
    // Luong et al. (2015), eq. 5: W_c[c_t; h_t] is W_c's first 3 columns applied to c_t plus its last 2 applied to h_t.
    ({ W_c, c, h, t }) => {
      const [ct, ht] = [c[t - 1] ?? [], h[t - 1] ?? []];
      const left = W_c.map((r) => r.slice(0, ct.length));
      const right = W_c.map((r) => r.slice(ct.length));
      return matVec(left, ct).map((v, k) => Math.tanh(v + (matVec(right, ht)[k] ?? NaN)));
    },
    [
      ['\\left[\\mathbf{c}_t; \\mathbf{h}_t\\right]', '\\left[\\mathbf{h}_t; \\mathbf{c}_t\\right]'],
      ['\\tanh\\left(', '\\left('],
    ],
  ),
] satisfies Check[];
