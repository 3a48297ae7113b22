import { type Check, formula } from '../../../src/lib/verification';
import { at, mean } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: [3, -0.5, 2, 7], hat_y: [2.5, 0.5, 2, 8], N: 4 },
      { y: [1e6, -2e6], hat_y: [1.1e6, -1e6], N: 2 },
    ],
    // Makridakis (1993), in the form with absolute values in the denominator (Hyndman & Koehler 2006).
    ({ y, hat_y }) => mean(y.map((v, i) => (2 * Math.abs(v - at(hat_y, i + 1))) / (Math.abs(v) + Math.abs(at(hat_y, i + 1))))),
    [
      ['\\right) / 2}', '\\right)}'],
      ['\\lvert y_i \\rvert + \\lvert \\hat{y}_i \\rvert', 'y_i + \\hat{y}_i'],
    ],
  ),
] satisfies Check[];
