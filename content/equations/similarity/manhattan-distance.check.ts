import { type Check, formula } from '../../../src/lib/verification';
import { diff, similarityPairs, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    similarityPairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => sum(diff(x, y).map(Math.abs)),
    [['\\lvert x_j - y_j \\rvert', '(x_j - y_j)']],
  ),
] satisfies Check[];
