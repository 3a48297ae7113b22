import { type Check, formula } from '../../../src/lib/verification';
import { at, gradient, gradJ, mse, norm } from '../../../src/verification/reference';

export default [
  formula(
    { tolerance: 1e-7 },
    [
      { eta: 0.1, lambda: 0.01, theta_t: [1, 2], nabla_theta_L: gradJ },
      { eta: 0.5, lambda: 0.2, theta_t: [-3, 0], nabla_theta_L: gradJ },
    ],
    // One SGD step on L(θ) + (λ/2)‖θ‖², its gradient taken numerically.
    ({ eta, lambda, theta_t }) => {
      const g = gradient((w) => mse(w) + (lambda / 2) * norm(w) ** 2, theta_t);
      return theta_t.map((v, k) => v - eta * (g[k] ?? NaN));
    },
    [['- \\eta \\lambda \\boldsymbol{\\theta}_t', '+ \\eta \\lambda \\boldsymbol{\\theta}_t']],
  ),
  formula(
    { block: 1 },
    [
      { eta: 0.1, lambda: 0.01, theta_t: [1, 2], u_t: [0.5, -0.5] },
      { eta: 0.5, lambda: 0.2, theta_t: [-3, 0], u_t: [0, 4] },
    ],
    // Decoupled weight decay (Loshchilov & Hutter 2019): shrink θ by ηλθ, then take the step ηu.
    ({ eta, lambda, theta_t, u_t }) => theta_t.map((v, k) => v - eta * lambda * v - eta * at(u_t, k + 1)),
    [['(1 - \\eta \\lambda)', '(1 + \\eta \\lambda)']],
  ),
] satisfies Check[];
