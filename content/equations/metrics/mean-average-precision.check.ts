import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { apOf, queries, relevantCount, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { Q: [1, 2, 3], AP: (q: Value) => apOf(queries[Number(q) - 1] ?? [], relevantCount[Number(q) - 1] ?? NaN) },
      { Q: [2], AP: (q: Value) => apOf(queries[Number(q) - 1] ?? [], relevantCount[Number(q) - 1] ?? NaN) },
    ],
    // MAP: the arithmetic mean of the per-query average precisions (Manning et al., IR book, eq. 8.8).
    ({ Q }) => sum(Q.map((q) => apOf(queries[q - 1] ?? [], relevantCount[q - 1] ?? NaN))) / Q.length,
    [
      ['\\frac{1}{\\lvert Q \\rvert}', '\\frac{1}{\\lvert Q \\rvert + 1}'],
      ['\\mathrm{AP}(q)', '\\mathrm{AP}(1)'],
    ],
  ),
] satisfies Check[];
