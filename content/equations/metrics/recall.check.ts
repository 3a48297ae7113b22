import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [2] },
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 1 && yHat[i] === 1).length / y.filter((v) => v === 1).length;
    },
    [['\\mathrm{TP} + \\mathrm{FN}', '\\mathrm{TP} + \\mathrm{FP}']],
  ),
] satisfies Check[];
