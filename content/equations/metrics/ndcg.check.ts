import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { dcg, nums, rankings } from '../../../src/verification/reference';

function permutations(xs: readonly number[]): number[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

export default [
  ...rankings.map(({ rel, k }) =>
    formula(
      { block: 1 },
      [{ rel_star: [...rel].sort((a, b) => b - a), k, g: (r: Value) => nums(r).map((x) => 2 ** x - 1)[0] ?? NaN }],
      // The DCG of the best possible ordering of the same relevances.
      () => Math.max(...permutations(rel).map((order) => dcg(order, k, (r) => 2 ** r - 1))),
      [['\\log_{2}(i + 1)', '\\log_{2}(i)']],
    ),
  ),
] satisfies Check[];
