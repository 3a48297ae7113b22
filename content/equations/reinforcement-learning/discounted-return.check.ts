import { type Check, formula } from '../../../src/lib/verification';
import { gamma } from '../../../src/verification/reference';

/** The return from time t of rewards R_1..R_T (1-based), summed forwards: Σ_k γ^k R_{t+k+1} until the episode ends. */
const returnFrom = (R: readonly number[], gamma: number, t: number): number => {
  let total = 0;
  for (let k = 0; t + k + 1 <= R.length; k++) total += gamma ** k * (R[t + k] ?? NaN);
  return total;
};

const R = [0, 1, -2, 3];

export default [
  formula(
    { block: 2 },
    [
      { t: 1, T: 4, gamma, R },
      { t: 3, T: 4, gamma: 0.5, R },
    ],
    ({ t, gamma, R }) => returnFrom(R, gamma, t),
    [['\\gamma^{k-t-1}', '\\gamma^{k-t}']],
  ),
  formula(
    { block: 1 },
    [1, 2, 3].map((t) => ({ t, gamma, R, G: R.map((_, k) => returnFrom(R, gamma, k + 1)) })),
    ({ t, gamma, R }) => returnFrom(R, gamma, t),
    [['\\gamma G_{t+1}', 'G_{t+1}']],
  ),
] satisfies Check[];
