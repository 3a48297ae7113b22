import { type Check, formula } from '../../../src/lib/verification';
import { diff, similarityPairs, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    similarityPairs.flatMap((s) => [1, 3, 4.5].map((pp) => ({ ...s, d: s.x.length, p: pp }))),
    ({ x, y, p: order }) => sum(diff(x, y).map((v) => Math.abs(v) ** order)) ** (1 / order),
    [
      ['^{1/p}', ''],
      ['\\lvert x_j - y_j \\rvert^{p}', '(x_j - y_j)^{p}'],
    ],
  ),
  // The Chebyshev distance; the limit itself is not evaluated.
  formula({ block: 1, sides: [2] }, similarityPairs, ({ x, y }) => Math.max(...diff(x, y).map(Math.abs)), [
    ['\\max_{j} \\lvert x_j - y_j \\rvert', '\\max_{j} (x_j - y_j)'],
  ]),
] satisfies Check[];
