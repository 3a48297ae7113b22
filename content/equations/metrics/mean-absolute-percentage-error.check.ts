import { type Check, formula } from '../../../src/lib/verification';
import { at, mean } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: [3, -0.5, 2, 7], hat_y: [2.5, 0, 2, 8], N: 4 },
      { y: [1e6, -2e6], hat_y: [1.1e6, -1e6], N: 2 },
    ],
    // scikit-learn's mean_absolute_percentage_error returns the fraction; the entry's 100% is 100/100.
    ({ y, hat_y }) => mean(y.map((v, i) => Math.abs(v - at(hat_y, i + 1)) / Math.abs(v))),
    [
      ['\\left\\lvert \\frac{y_i - \\hat{y}_i}{y_i} \\right\\rvert', '\\frac{y_i - \\hat{y}_i}{y_i}'],
      ['{y_i} \\right', '{\\hat{y}_i} \\right'],
    ],
  ),
] satisfies Check[];
