import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels } from '../../../src/verification/reference';

export default [
  formula(
    {},
    confusion.map((c) => ({ ...c, Specificity: c.TN / (c.TN + c.FP) })),
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 0 && yHat[i] === 1).length / y.filter((v) => v === 0).length;
    },
    [['{\\mathrm{FP} + \\mathrm{TN}}', '{\\mathrm{FP} + \\mathrm{TP}}']],
  ),
] satisfies Check[];
