import { type Check, formula } from '../../../src/lib/verification';
import { dot, K, softmax, softmaxFn, V } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        softmax: softmaxFn,
        q: [[1, 0, -1]],
        K: K.slice(0, 3),
        V: V.slice(0, 3),
        // k_j and v_j are the rows of K and V (row vectors).
        k: K.slice(0, 3).map((r) => [r]),
        v: V.slice(0, 3).map((r) => [r]),
        n: 3,
      },
    ],
    ({ q, K, V }) => {
      const w = softmax(K.map((k) => dot(q[0] ?? [], k)));
      return [(V[0] ?? []).map((_, c) => V.reduce((s, r, j) => s + (w[j] ?? NaN) * (r[c] ?? NaN), 0))];
    },
    [
      ['\\exp\\left(\\mathbf{q}\\mathbf{k}_l^\\top\\right)', '\\exp\\left(\\mathbf{q}\\mathbf{k}_j^\\top\\right)'],
      ['\\operatorname{softmax}\\left(\\mathbf{q}\\mathbf{K}^\\top\\right)', '\\left(\\mathbf{q}\\mathbf{K}^\\top\\right)'],
    ],
  ),
] satisfies Check[];
