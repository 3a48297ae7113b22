import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels } from '../../../src/verification/reference';

export default [
  formula(
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 1 && yHat[i] === 1).length / yHat.filter((p) => p === 1).length;
    },
    [['\\mathrm{TP} + \\mathrm{FP}', '\\mathrm{TP} + \\mathrm{FN}']],
  ),
] satisfies Check[];
