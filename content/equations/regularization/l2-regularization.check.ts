import { type Check, formula } from '../../../src/lib/verification';
import { gradient, gradJ, J, mse, norm } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { w: [0.5, -1], lambda: 0.1, J, d: 2 },
      { w: [0, 2], lambda: 3, J, d: 2 },
    ],
    // The penalty is (λ/2)‖w‖², whose gradient is λw.
    ({ w, lambda }) => mse(w) + (lambda / 2) * norm(w) ** 2,
    [['\\frac{\\lambda}{2} \\sum', '\\lambda \\sum']],
  ),
  formula(
    { block: 1, tolerance: 1e-7, relations: ['\\leftarrow'] },
    [
      { w: [0.5, -1], lambda: 0.1, eta: 0.1, nabla_w_J: gradJ },
      { w: [0, 2], lambda: 3, eta: 0.01, nabla_w_J: gradJ },
    ],
    // A gradient step on J(w) + (λ/2)‖w‖², differentiated numerically: the penalty contributes λw.
    ({ w, lambda, eta }) => {
      const g = gradient((v) => mse(v) + (lambda / 2) * norm(v) ** 2, w);
      return w.map((v, k) => v - eta * (g[k] ?? NaN));
    },
    [['(1 - \\eta \\lambda)', '(1 + \\eta \\lambda)']],
  ),
] satisfies Check[];
