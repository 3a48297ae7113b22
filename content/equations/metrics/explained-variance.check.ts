import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, mean, nums, regression, sum } from '../../../src/verification/reference';

/** Population variance (numpy's var, ddof = 0). */
const variance = (xs: readonly number[]): number => mean(xs.map((x) => (x - mean(xs)) ** 2));

export default [
  formula(
    {},
    regression.map(({ y, hat_y }) => ({ y, hat_y, Var: (v: Value) => variance(nums(v)) })),
    // scikit-learn's explained_variance_score, written with residual sums.
    ({ y, hat_y }) => {
      const r = y.map((v, i) => v - at(hat_y, i + 1));
      const mr = mean(r);
      return 1 - sum(r.map((v) => (v - mr) ** 2)) / sum(y.map((v) => (v - mean(y)) ** 2));
    },
    [['\\operatorname{Var}(y - \\hat{y})', '\\operatorname{Var}(\\hat{y})']],
  ),
  formula(
    { block: 1 },
    regression.map(({ y, hat_y }) => ({ y, hat_y, bar_y: mean(y), bar_e: mean(y.map((v, i) => v - at(hat_y, i + 1))), N: y.length })),
    ({ y, hat_y }) => 1 - variance(y.map((v, i) => v - at(hat_y, i + 1))) / variance(y),
    [['- \\bar{e} \\right)', '\\right)']],
  ),
] satisfies Check[];
