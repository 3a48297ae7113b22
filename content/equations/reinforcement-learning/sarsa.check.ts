import { type Check, formula } from '../../../src/lib/verification';
import { gamma, reinforcementLearningQ } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [1], relations: ['\\leftarrow'] },
    [
      { Q: reinforcementLearningQ, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 1, alpha: 0.5, gamma },
      { Q: reinforcementLearningQ, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 2, alpha: 0.5, gamma },
    ],
    // On-policy: the target uses the action actually taken next (Sutton & Barto, eq. 6.7).
    ({ S, A, R, t, alpha, gamma }) => {
      const old = reinforcementLearningQ(S[t - 1] ?? NaN, A[t - 1] ?? NaN);
      return (1 - alpha) * old + alpha * ((R[t] ?? NaN) + gamma * reinforcementLearningQ(S[t] ?? NaN, A[t] ?? NaN));
    },
    [['\\gamma Q(S_{t+1}, A_{t+1})', '\\gamma Q(S_{t+1}, A_{t})']],
  ),
] satisfies Check[];
