import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [2, 3] },
    confusion.map((c) => ({ ...c, FPR: c.FP / (c.FP + c.TN) })),
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 0 && yHat[i] === 0).length / y.filter((v) => v === 0).length;
    },
    [['{\\mathrm{TN} + \\mathrm{FP}}', '{\\mathrm{TN} + \\mathrm{FN}}']],
  ),
] satisfies Check[];
