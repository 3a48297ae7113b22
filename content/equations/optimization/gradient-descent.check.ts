import { type Check, formula } from '../../../src/lib/verification';
import { grad, gradient, loss } from '../../../src/verification/reference';

export default [
  formula(
    { tolerance: 1e-7 },
    [
      { theta_t: [1, 2], eta: 0.1, nabla_theta_cal_L: grad },
      { theta_t: [-40, 25], eta: 0.3, nabla_theta_cal_L: grad },
    ],
    ({ theta_t, eta }) => {
      const g = gradient(loss, theta_t);
      return theta_t.map((x, k) => x - eta * (g[k] ?? NaN));
    },
    [['- \\eta', '+ \\eta']],
  ),
] satisfies Check[];
