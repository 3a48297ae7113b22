import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels, mean, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    confusion,
    // MCC is the Pearson correlation of the binary label and prediction vectors.
    (c) => {
      const { y, yHat } = labels(c);
      const [my, mp] = [mean(y), mean(yHat)];
      const cov = sum(y.map((v, i) => (v - my) * ((yHat[i] ?? NaN) - mp)));
      return cov / Math.sqrt(sum(y.map((v) => (v - my) ** 2)) * sum(yHat.map((v) => (v - mp) ** 2)));
    },
    [['- \\mathrm{FP} \\cdot \\mathrm{FN}', '+ \\mathrm{FP} \\cdot \\mathrm{FN}']],
  ),
] satisfies Check[];
