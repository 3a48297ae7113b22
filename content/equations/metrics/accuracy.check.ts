import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels } from '../../../src/verification/reference';

export default [
  formula(
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === yHat[i]).length / y.length;
    },
    [['{\\mathrm{TP} + \\mathrm{TN}}{', '{\\mathrm{TP}}{']],
  ),
  formula(
    { block: 1 },
    [
      { y: [1, 2, 3, 1], hat_y: [1, 2, 1, 1], N: 4 },
      { y: [0, 0, 1], hat_y: [1, 1, 0], N: 3 },
    ],
    ({ y, hat_y }) => y.filter((v, i) => v === hat_y[i]).length / y.length,
    [
      ['\\hat{y}_i = y_i', '\\hat{y}_i \\ne y_i'],
      ['\\frac{1}{N} \\sum', '\\sum'],
    ],
  ),
] satisfies Check[];
