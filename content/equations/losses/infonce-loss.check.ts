import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, logSumExp, lossesVec } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      {
        q: [
          [1, 0],
          [0.6, 0.8],
          [-1, 0.5],
        ],
        k: [
          [0.8, 0.6],
          [0, 1],
          [-0.7, 0.7],
        ],
        i: 1,
        N: 3,
        tau: 0.1,
        s: (a, b) => dot(lossesVec(a), lossesVec(b)),
      },
      {
        q: [
          [1, 0],
          [0.6, 0.8],
        ],
        k: [
          [0.8, 0.6],
          [0, 1],
        ],
        i: 2,
        N: 2,
        tau: 2,
        s: (a, b) => dot(lossesVec(a), lossesVec(b)),
      },
    ],
    // Cross-entropy of the logits s(q_i, k_j)/τ with the positive k_i as the target class
    // (van den Oord et al. 2018; SimCLR/CLIP implementations), via log-sum-exp.
    ({ q, k, i, tau }) => {
      const logits = k.map((kj) => dot(q[i - 1] ?? [], kj) / tau);
      return logSumExp(logits) - at(logits, i);
    },
    [
      ['\\sum_{j=1}^{N}', '\\sum_{j=2}^{N}'],
      ['-\\log', '\\log'],
    ],
  ),
] satisfies Check[];
