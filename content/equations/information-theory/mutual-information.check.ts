import { type Check, formula } from '../../../src/lib/verification';
import { cell, H_X, H_XY, H_Y, marginal, sum, variables, xs, ys } from '../../../src/verification/reference';

export default [
  formula({}, [variables], () => H_X + H_Y - H_XY, [['{p(x) \\, p(y)}', '{p(x)}']]),
  formula(
    { block: 1 },
    [variables],
    // The definition: Σ p(x, y) log p(x, y) / (p(x) p(y)).
    () => sum(xs.flatMap((x) => ys.map((y) => cell(x, y) * Math.log(cell(x, y) / (marginal(x) * marginal(y)))))),
    [['H(X) - H(X \\mid Y)', 'H(X) - H(Y \\mid X)']],
  ),
] satisfies Check[];
