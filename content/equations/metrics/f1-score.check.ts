import { type Check, formula } from '../../../src/lib/verification';
import { withPR } from '../../../src/verification/reference';

export default [
  formula({}, withPR, (c) => (2 * c.TP) / (2 * c.TP + c.FP + c.FN), [['2 \\cdot', '']]),
  formula({ block: 1 }, withPR, (c) => (2 * c.Precision * c.Recall) / (c.Precision + c.Recall), [
    ['{2\\,\\mathrm{TP} + \\mathrm{FP}', '{\\mathrm{TP} + \\mathrm{FP}'],
  ]),
] satisfies Check[];
