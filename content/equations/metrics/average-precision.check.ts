import { type Check, formula } from '../../../src/lib/verification';
import { apOf, queries, relevantCount, rewritten, sum } from '../../../src/verification/reference';

export default [
  rewritten(
    formula(
      { block: 1 },
      queries.slice(0, 2).map((rel, q) => ({
        cal_R: Array.from({ length: relevantCount[q] ?? 0 }, (_, k) => k + 1),
        m: rel.length,
        rel,
        Pat: rel.map((_, k) => sum(rel.slice(0, k + 1)) / (k + 1)),
      })),
      // The area under the step precision–recall curve, Σ (R_n − R_{n−1}) P_n (scikit-learn's average_precision_score).
      ({ cal_R, rel }) => apOf(rel, cal_R.length),
      [
        ['\\cdot \\mathrm{rel}_k', ''],
        ['\\frac{1}{\\lvert \\mathcal{R} \\rvert}', '\\frac{1}{m}'],
      ],
    ),
    // P@k is bound as the array Pat of precisions at each cut-off (the evaluator reads no `@`).
    (latex) => latex.replace('\\mathrm{P@}k', '\\mathrm{Pat}_{k}'),
  ),
] satisfies Check[];
