import { type Check, formula } from '../../../src/lib/verification';
import { gamma, reinforcementLearningQ, rewritten, table } from '../../../src/verification/reference';

export default [
  rewritten(
    formula(
      { sides: [1], relations: ['\\leftarrow'] },
      [
        { Q: reinforcementLearningQ, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 1, alpha: 0.5, gamma, cal_A: [1, 2] },
        { Q: reinforcementLearningQ, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 2, alpha: 0.5, gamma, cal_A: [1, 2] },
      ],
      // Off-policy: the target uses the greedy value of the next state, whatever action follows (Sutton & Barto, eq. 6.8).
      ({ S, A, R, t, alpha, gamma }) => {
        const old = reinforcementLearningQ(S[t - 1] ?? NaN, A[t - 1] ?? NaN);
        const next = Math.max(...(table[(S[t] ?? NaN) - 1] ?? [NaN]));
        return old + alpha * ((R[t] ?? NaN) + gamma * next - old);
      },
      [
        ['\\gamma \\max_{a}', '\\max_{a}'],
        ['- Q(S_t, A_t) \\right]', '\\right]'],
      ],
    ),
    // The maximum runs over the action set, bound as cal_A = {1, 2}.
    (latex) => latex.replace('\\max_{a}', '\\max_{a \\in \\mathcal{A}}'),
  ),
] satisfies Check[];
