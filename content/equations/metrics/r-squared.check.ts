import { type Check, formula } from '../../../src/lib/verification';
import { mean, regression, ss } from '../../../src/verification/reference';

export default [
  formula(
    {},
    regression.map(({ y, hat_y }) => ({ y, hat_y, bar_y: mean(y), N: y.length })),
    // scikit-learn's r2_score: 1 − SS_res / SS_tot.
    (s) => 1 - ss(s).res / ss(s).tot,
    [['\\left( y_i - \\bar{y} \\right)^{2}', '\\left( y_i - \\hat{y}_i \\right)^{2}']],
  ),
] satisfies Check[];
