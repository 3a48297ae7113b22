import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, mean, rewritten, series, sum } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    series.map(({ x }) => ({ x, bar_x: mean(x), N: x.length })),
    // numpy.var(x, ddof=1), as the mean squared pairwise difference / 2: Σ_{i<j} (x_i − x_j)² / (N (N − 1)).
    ({ x }) => sum(x.flatMap((a, i) => x.slice(i + 1).map((b) => (a - b) ** 2))) / (x.length * (x.length - 1)),
    [['\\frac{1}{N - 1}', '\\frac{1}{N}']],
  ),
  rewritten(
    formula(
      { block: 1 },
      series.map(({ x }) => ({ x, N: x.length })),
      ({ x }) => mean(x),
    ),
    afterQquad(1),
  ),
] satisfies Check[];
