import { type Fn } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { dot, gradient, optimizationVec } from '../../../src/verification/reference';

/** Per-example squared errors ℓ_i(θ) = (θᵀx_i − y_i)² of a linear model on four examples. */
const examples = {
  x: [
    [1, 2],
    [0, -1],
    [3, 1],
    [-2, 0.5],
  ],
  y: [1, 0, 2, -1],
};

const exampleLoss = (theta: readonly number[], i: number): number =>
  (dot(theta, examples.x[i - 1] ?? []) - (examples.y[i - 1] ?? NaN)) ** 2;

/** ∇ℓ_i in closed form, 2(θᵀx_i − y_i) x_i, bound as nabla_theta_ell and called with (θ, i). */
const gradExample: Fn = (theta, i) => {
  const x = examples.x[Number(i) - 1] ?? [];
  const r = dot(optimizationVec(theta), x) - (examples.y[Number(i) - 1] ?? NaN);
  return x.map((v) => 2 * r * v);
};

export default [
  formula(
    { tolerance: 1e-7 },
    [
      { theta_t: [1, -1], eta_t: 0.1, B: 2, cal_B_t: [1, 3], nabla_theta_ell: gradExample },
      { theta_t: [0.5, 2], eta_t: 0.05, B: 3, cal_B_t: [2, 3, 4], nabla_theta_ell: gradExample },
    ],
    // A step on the mean loss of the batch, differentiated numerically (as loss.mean().backward(); optimizer.step()).
    ({ theta_t, eta_t, cal_B_t }) => {
      const g = gradient((th) => cal_B_t.reduce((acc, i) => acc + exampleLoss(th, i), 0) / cal_B_t.length, theta_t);
      return theta_t.map((x, k) => x - eta_t * (g[k] ?? NaN));
    },
    [
      ['\\frac{1}{B}', ''],
      ['- \\eta_{t}', '+ \\eta_{t}'],
    ],
  ),
] satisfies Check[];
