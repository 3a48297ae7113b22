import { type Check, formula } from '../../../src/lib/verification';
import { diff, similarityPairs } from '../../../src/verification/reference';

export default [
  formula(
    {},
    similarityPairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => Math.hypot(...diff(x, y)),
    [['(x_j - y_j)^{2}', '(x_j - y_j)']],
  ),
  formula({ block: 1, sides: [0, 1] }, similarityPairs, ({ x, y }) => Math.hypot(...diff(x, y)) ** 2, [
    ['- 2 \\, \\mathbf{x}^\\top', '- \\mathbf{x}^\\top'],
  ]),
] satisfies Check[];
