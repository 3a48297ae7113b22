import { type Check, formula } from '../../../src/lib/verification';
import { confusion } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    confusion,
    // Sørensen–Dice on sets: 2|A ∩ B| / (|A| + |B|) with A the predicted and B the true positives.
    (c) => (2 * c.TP) / (c.TP + c.FP + (c.TP + c.FN)),
    [['{2\\,\\mathrm{TP}}{', '{\\mathrm{TP}}{']],
  ),
] satisfies Check[];
