import { type Check, formula } from '../../../src/lib/verification';
import { logSumExp, softmax, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { z: [2, 0.5, -1], c: 1, epsilon: 0.1, K: 3 },
      { z: [0, 3, 1, -2], c: 4, epsilon: 0.2, K: 4 },
    ].map((s) => ({ ...s, p: softmax(s.z) })),
    // torch.nn.CrossEntropyLoss(label_smoothing=ε): the target is (1 − ε)·one-hot + ε/K,
    // and the loss is its cross-entropy with log_softmax(z) = z − logsumexp(z).
    ({ z, c, epsilon, K }) => -sum(z.map((zk, k) => ((k + 1 === c ? 1 - epsilon : 0) + epsilon / K) * (zk - logSumExp(z)))),
    [['\\frac{\\epsilon}{K}', '\\epsilon']],
  ),
  formula(
    { block: 1 },
    [
      { z: [2, 0.5, -1], c: 1, epsilon: 0.1, K: 3 },
      { z: [0, 3, 1, -2], c: 4, epsilon: 0.2, K: 4 },
    ].map((s) => ({ ...s, p: softmax(s.z) })),
    ({ z, c, epsilon, K }) => -sum(z.map((zk, k) => ((k + 1 === c ? 1 - epsilon : 0) + epsilon / K) * (zk - logSumExp(z)))),
    [['-\\frac{1}{K} \\sum', '-\\sum']],
  ),
] satisfies Check[];
