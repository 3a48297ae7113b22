import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { policy, reinforcementLearningQ, sum, table } from '../../../src/verification/reference';

/** v_π(s) = Σ_a π(a | s) q_π(s, a) (Sutton & Barto, eq. 3.12 with 3.13), from the Q table above. */
const vPi = (s: Value): number => sum((policy[(s as number) - 1] ?? []).map((p, a) => p * reinforcementLearningQ(s, a + 1)));

export default [
  formula(
    {},
    [
      { s: 1, a: 1, q_pi: reinforcementLearningQ, v_pi: vPi },
      { s: 1, a: 2, q_pi: reinforcementLearningQ, v_pi: vPi },
      { s: 3, a: 2, q_pi: reinforcementLearningQ, v_pi: vPi },
    ],
    // How much better action a is than following π from s: Q(s, a) − Σ_b π(b | s) Q(s, b) (Sutton & Barto, §13.4;
    // Schulman et al. 2016, eq. 2). Its π-weighted mean over actions is 0, which the samples do not assume.
    ({ s, a }) => {
      const row = table[s - 1] ?? [];
      const probs = policy[s - 1] ?? [];
      return (row[a - 1] ?? NaN) - sum(row.map((q, b) => q * (probs[b] ?? NaN)));
    },
    [
      ['- v_{\\pi}(s)', '+ v_{\\pi}(s)'],
      ['q_{\\pi}(s, a) -', 'q_{\\pi}(s, 1) -'],
    ],
  ),
] satisfies Check[];
