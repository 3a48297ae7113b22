import { type Check, formula } from '../../../src/lib/verification';
import { mean, queries } from '../../../src/verification/reference';

/** The 1-based position of the first relevant result, Infinity when none is retrieved (reciprocal rank 0). */
const firstHit = (rel: readonly number[]): number => {
  const k = rel.indexOf(1);
  return k < 0 ? Infinity : k + 1;
};

export default [
  formula(
    {},
    [
      { Q: [1, 2, 3], rank: queries.map(firstHit) },
      { Q: [1, 2], rank: queries.map(firstHit) },
      { Q: [2], rank: queries.map(firstHit) },
    ],
    // MRR (Voorhees, TREC-8 QA track 1999): the mean over queries of 1 / (position of the first correct answer), 0 if none.
    ({ Q }) => mean(Q.map((q) => 1 / firstHit(queries[q - 1] ?? []))),
    [
      ['\\frac{1}{\\mathrm{rank}_q}', '\\mathrm{rank}_q'],
      ['\\frac{1}{\\lvert Q \\rvert}', ''],
    ],
  ),
] satisfies Check[];
