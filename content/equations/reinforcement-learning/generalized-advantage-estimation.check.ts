import { type Check, formula } from '../../../src/lib/verification';
import { gamma, reinforcementLearningV } from '../../../src/verification/reference';

// A short trajectory for the advantage estimates: states s_1..s_4, rewards r_1..r_3.
const s = [1, 3, 2, 1];

const r = [1, -0.5, 2];

const lambda = 0.8;

const delta = r.map((rt, k) => rt + gamma * reinforcementLearningV(s[k + 1] ?? NaN) - reinforcementLearningV(s[k] ?? NaN));

/** GAE by its definition (Schulman et al. 2016, eq. 16), truncated at the end of the trajectory. */
const gae = delta.map((_, t) => delta.slice(t).reduce((total, d, l) => total + (gamma * lambda) ** l * d, 0));

export default [
  formula(
    {},
    [1, 2, 3].map((t) => ({ t, gamma, r, s, V: reinforcementLearningV })),
    ({ t }) => delta[t - 1] ?? NaN,
    [['\\gamma V(s_{t+1})', 'V(s_{t+1})']],
  ),
  formula(
    { block: 2 },
    [1, 2].map((t) => ({ t, gamma, lambda, 'delta^V': delta, hat_A: gae })),
    ({ t }) => gae[t - 1] ?? NaN,
    [['\\gamma \\lambda \\hat{A}_{t+1}', '\\lambda \\hat{A}_{t+1}']],
  ),
] satisfies Check[];
