import { formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';
import { rewritten, sum } from './reference';

/** The return from time t of rewards R_1..R_T (1-based), summed forwards: Σ_k γ^k R_{t+k+1} until the episode ends. */
const returnFrom = (R: readonly number[], gamma: number, t: number): number => {
  let total = 0;
  for (let k = 0; t + k + 1 <= R.length; k++) total += gamma ** k * (R[t + k] ?? NaN);
  return total;
};
const R = [0, 1, -2, 3];
const gamma = 0.9;
/** A tabular Q over states 1..3 and actions 1..2. */
const table = [
  [0.5, -1],
  [2, 0.25],
  [-0.5, 1.5],
];
const Q = (s: Value, a: Value): number => table[(s as number) - 1]?.[(a as number) - 1] ?? NaN;
const V = (s: Value): number => [0.5, 2, -1][(s as number) - 1] ?? NaN;

// A short trajectory for the advantage estimates: states s_1..s_4, rewards r_1..r_3.
const s = [1, 3, 2, 1];
const r = [1, -0.5, 2];
const lambda = 0.8;
const delta = r.map((rt, k) => rt + gamma * V(s[k + 1] ?? NaN) - V(s[k] ?? NaN));
/** GAE by its definition (Schulman et al. 2016, eq. 16), truncated at the end of the trajectory. */
const gae = delta.map((_, t) => delta.slice(t).reduce((total, d, l) => total + (gamma * lambda) ** l * d, 0));

/** A tabular policy π(a | s) over states 1..3 and actions 1..2 (rows sum to 1), and an older one for PPO's ratio. */
const policy = [
  [0.2, 0.8],
  [0.5, 0.5],
  [0.9, 0.1],
];
const oldPolicy = [
  [0.4, 0.6],
  [0.5, 0.5],
  [0.6, 0.4],
];
const lookup =
  (m: number[][]) =>
  (a: Value, s: Value): number =>
    m[(s as number) - 1]?.[(a as number) - 1] ?? NaN;
/** π_θ(a | s) as one function of the parameters: θ = 1 is the current policy, θ_old = 0 the one that collected the data. */
const pi = (a: Value, s: Value, theta: Value): number => lookup(theta === 1 ? policy : oldPolicy)(a, s);
/** v_π(s) = Σ_a π(a | s) q_π(s, a) (Sutton & Barto, eq. 3.12 with 3.13), from the Q table above. */
const vPi = (s: Value): number => sum((policy[(s as number) - 1] ?? []).map((p, a) => p * Q(s, a + 1)));

export const verifications: Verification[] = [
  formula(
    'discounted-return',
    { block: 2 },
    [
      { t: 1, T: 4, gamma, R },
      { t: 3, T: 4, gamma: 0.5, R },
    ],
    ({ t, gamma, R }) => returnFrom(R, gamma, t),
    [['\\gamma^{k-t-1}', '\\gamma^{k-t}']],
  ),
  formula(
    'discounted-return',
    { block: 1 },
    [1, 2, 3].map((t) => ({ t, gamma, R, G: R.map((_, k) => returnFrom(R, gamma, k + 1)) })),
    ({ t, gamma, R }) => returnFrom(R, gamma, t),
    [['\\gamma G_{t+1}', 'G_{t+1}']],
  ),
  formula(
    'td-zero',
    { block: 1 },
    [
      { R: [0, 1, 2], t: 1, gamma, S: [1, 2, 3], V },
      { R: [0, 1, -4], t: 2, gamma, S: [1, 2, 3], V },
    ],
    // The one-step TD error: bootstrapped target minus the current estimate (Sutton & Barto, eq. 6.5).
    ({ R, t, gamma, S }) => (R[t] ?? NaN) + gamma * V(S[t] ?? NaN) - V(S[t - 1] ?? NaN),
    [['\\gamma V(S_{t+1})', 'V(S_{t+1})']],
  ),
  formula(
    'td-zero',
    { sides: [1], relations: ['\\leftarrow'] },
    [{ R: [0, 1, 2], t: 1, gamma, alpha: 0.1, S: [1, 2, 3], V }],
    // An exponential moving average of the targets: (1 − α)·V(S_t) + α·target.
    ({ R, t, gamma, alpha, S }) => (1 - alpha) * V(S[t - 1] ?? NaN) + alpha * ((R[t] ?? NaN) + gamma * V(S[t] ?? NaN)),
    [['+ \\alpha \\left[', '+ \\left[']],
  ),
  formula(
    'sarsa',
    { sides: [1], relations: ['\\leftarrow'] },
    [
      { Q, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 1, alpha: 0.5, gamma },
      { Q, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 2, alpha: 0.5, gamma },
    ],
    // On-policy: the target uses the action actually taken next (Sutton & Barto, eq. 6.7).
    ({ S, A, R, t, alpha, gamma }) => {
      const old = Q(S[t - 1] ?? NaN, A[t - 1] ?? NaN);
      return (1 - alpha) * old + alpha * ((R[t] ?? NaN) + gamma * Q(S[t] ?? NaN, A[t] ?? NaN));
    },
    [['\\gamma Q(S_{t+1}, A_{t+1})', '\\gamma Q(S_{t+1}, A_{t})']],
  ),
  rewritten(
    formula(
      'q-learning',
      { sides: [1], relations: ['\\leftarrow'] },
      [
        { Q, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 1, alpha: 0.5, gamma, cal_A: [1, 2] },
        { Q, S: [1, 3, 2], A: [2, 1, 2], R: [0, 1.5, -1], t: 2, alpha: 0.5, gamma, cal_A: [1, 2] },
      ],
      // Off-policy: the target uses the greedy value of the next state, whatever action follows (Sutton & Barto, eq. 6.8).
      ({ S, A, R, t, alpha, gamma }) => {
        const old = Q(S[t - 1] ?? NaN, A[t - 1] ?? NaN);
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
  formula(
    'generalized-advantage-estimation',
    {},
    [1, 2, 3].map((t) => ({ t, gamma, r, s, V })),
    ({ t }) => delta[t - 1] ?? NaN,
    [['\\gamma V(s_{t+1})', 'V(s_{t+1})']],
  ),
  formula(
    'generalized-advantage-estimation',
    { block: 2 },
    [1, 2].map((t) => ({ t, gamma, lambda, 'delta^V': delta, hat_A: gae })),
    ({ t }) => gae[t - 1] ?? NaN,
    [['\\gamma \\lambda \\hat{A}_{t+1}', '\\lambda \\hat{A}_{t+1}']],
  ),
  formula(
    'advantage-function',
    {},
    [
      { s: 1, a: 1, q_pi: Q, v_pi: vPi },
      { s: 1, a: 2, q_pi: Q, v_pi: vPi },
      { s: 3, a: 2, q_pi: Q, v_pi: vPi },
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
  formula(
    'ppo-clipped-objective',
    { block: 1 },
    [
      { t: 1, a: [1, 2], s: [1, 3], pi, theta: 1, theta_old: 0 },
      { t: 2, a: [1, 2], s: [1, 3], pi, theta: 1, theta_old: 0 },
      // Unchanged policy at s = 2: the ratio is exactly 1.
      { t: 1, a: [2], s: [2], pi, theta: 1, theta_old: 0 },
    ],
    // The probability ratio r_t(θ) = π_θ(a_t | s_t) / π_θ_old(a_t | s_t) (Schulman et al. 2017, §3), as exp of the
    // log-probability difference the way PPO implementations compute it.
    ({ t, a, s }) => {
      const [at_, st] = [a[t - 1] ?? NaN, s[t - 1] ?? NaN];
      return Math.exp(Math.log(policy[st - 1]?.[at_ - 1] ?? NaN) - Math.log(oldPolicy[st - 1]?.[at_ - 1] ?? NaN));
    },
    [['{\\pi_{\\boldsymbol{\\theta}_{\\text{old}}}(a_t \\mid s_t)}', '{\\pi_{\\boldsymbol{\\theta}_{\\text{old}}}(a_t \\mid s_{t+1})}']],
  ),
];
