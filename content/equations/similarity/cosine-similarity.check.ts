import { type Check, formula } from '../../../src/lib/verification';
import { dot, norm, similarityPairs } from '../../../src/verification/reference';

const cosine = (x: readonly number[], y: readonly number[]) => dot(x, y) / (norm(x) * norm(y));

export default [
  formula({}, similarityPairs, ({ x, y }) => cosine(x, y), [['\\lVert \\mathbf{x} \\rVert_2 \\,', '']]),
  formula(
    { block: 1 },
    similarityPairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => cosine(x, y),
    [['x_j^{2}', 'x_j']],
  ),
] satisfies Check[];
