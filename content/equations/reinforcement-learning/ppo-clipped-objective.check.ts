import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { policy } from '../../../src/verification/reference';

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

export default [
  formula(
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
] satisfies Check[];
