import { type Check, formula } from '../../../src/lib/verification';
import { A, b, grad } from '../../../src/verification/reference';

/** The minimiser A⁻¹b by Cramer's rule. */
const minimiser = (() => {
  const [[a = 0, c = 0] = [], [d = 0, e = 0] = []] = A;
  const det = a * e - c * d;
  return [((b[0] ?? NaN) * e - c * (b[1] ?? NaN)) / det, (a * (b[1] ?? NaN) - d * (b[0] ?? NaN)) / det];
})();

export default [
  formula(
    {},
    [
      { theta_t: [1, 2], H_t: A, nabla_theta_cal_L: grad },
      { theta_t: [-50, 7], H_t: A, nabla_theta_cal_L: grad },
    ],
    // On a quadratic, one Newton step from anywhere lands on the minimiser A⁻¹b.
    () => minimiser,
    [['- \\mathbf{H}_{t}^{-1}', '- \\mathbf{H}_{t}']],
  ),
] satisfies Check[];
