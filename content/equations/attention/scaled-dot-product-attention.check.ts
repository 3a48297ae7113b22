import { type Check, formula } from '../../../src/lib/verification';
import { K, matmul, Q, softmax, softmaxFn, T, V } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [{ Q, K, V, d_k: 3, softmax: softmaxFn }],
    ({ Q, K, V, d_k }) =>
      matmul(
        matmul(Q, T(K)).map((r) => softmax(r.map((x) => x / Math.sqrt(d_k)))),
        V,
      ),
    [['\\sqrt{d_k}', 'd_k']],
  ),
] satisfies Check[];
