import { type Check, formula } from '../../../src/lib/verification';
import { gamma, reinforcementLearningV } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      { R: [0, 1, 2], t: 1, gamma, S: [1, 2, 3], V: reinforcementLearningV },
      { R: [0, 1, -4], t: 2, gamma, S: [1, 2, 3], V: reinforcementLearningV },
    ],
    // The one-step TD error: bootstrapped target minus the current estimate (Sutton & Barto, eq. 6.5).
    ({ R, t, gamma, S }) => (R[t] ?? NaN) + gamma * reinforcementLearningV(S[t] ?? NaN) - reinforcementLearningV(S[t - 1] ?? NaN),
    [['\\gamma V(S_{t+1})', 'V(S_{t+1})']],
  ),
  formula(
    { sides: [1], relations: ['\\leftarrow'] },
    [{ R: [0, 1, 2], t: 1, gamma, alpha: 0.1, S: [1, 2, 3], V: reinforcementLearningV }],
    // An exponential moving average of the targets: (1 − α)·V(S_t) + α·target.
    ({ R, t, gamma, alpha, S }) =>
      (1 - alpha) * reinforcementLearningV(S[t - 1] ?? NaN) + alpha * ((R[t] ?? NaN) + gamma * reinforcementLearningV(S[t] ?? NaN)),
    [['+ \\alpha \\left[', '+ \\left[']],
  ),
] satisfies Check[];
