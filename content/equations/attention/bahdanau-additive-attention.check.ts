import { type Check, formula } from '../../../src/lib/verification';
import { dot, matVec } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [2] },
    [
      {
        s: [
          [0.5, -1],
          [1, 2],
        ],
        h: [
          [1, 0, -1],
          [0, 2, 1],
          [-1, 1, 0.5],
        ],
        W_a: [
          [0.2, -0.4],
          [0.7, 0.1],
        ],
        U_a: [
          [0.3, 0, -0.5],
          [-0.2, 0.6, 0.1],
        ],
        v_a: [1.5, -0.5],
        i: 2,
        j: 3,
      },
    ],
    // A one-hidden-layer feed-forward scorer of the previous decoder state and annotation j.
    ({ s, h, W_a, U_a, v_a, i, j }) => {
      const hidden = matVec(W_a, s[i - 2] ?? []).map((x, k) => Math.tanh(x + (matVec(U_a, h[j - 1] ?? [])[k] ?? NaN)));
      return dot(v_a, hidden);
    },
    [
      ['\\mathbf{W}_a \\mathbf{s}_{i-1}', '\\mathbf{W}_a \\mathbf{s}_{i}'],
      ['\\tanh\\left(', '\\left('],
    ],
  ),
] satisfies Check[];
