import { type Check, formula } from '../../../src/lib/verification';
import { confusion, labels, mean } from '../../../src/verification/reference';

/** Recall of each class present in y, in order of first appearance (scikit-learn's balanced_accuracy_score averages these). */
const perClassRecall = (y: readonly number[], yHat: readonly number[]): number[] =>
  [...new Set(y)].map((k) => {
    const idx = y.flatMap((v, i) => (v === k ? [i] : []));
    return idx.filter((i) => yHat[i] === k).length / idx.length;
  });

export default [
  formula(
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return mean(perClassRecall(y, yHat));
    },
    [
      ['\\frac{1}{2}', ''],
      ['{\\mathrm{TN} + \\mathrm{FP}}', '{\\mathrm{TN} + \\mathrm{FN}}'],
    ],
  ),
  ...[
    { y: [0, 0, 1, 1, 1, 2, 2, 2, 2, 2], yHat: [0, 1, 1, 1, 2, 2, 2, 0, 0, 2] },
    { y: [1, 1, 0, 0, 0, 0], yHat: [1, 1, 1, 1, 1, 0] },
  ].map(({ y, yHat }) => {
    const classes = [...new Set(y)];
    const count = (f: (t: number, p: number, k: number) => boolean) =>
      classes.map((k) => y.filter((t, i) => f(t, yHat[i] ?? NaN, k)).length);
    const sample = {
      TP: count((t, p, k) => t === k && p === k),
      FN: count((t, p, k) => t === k && p !== k),
      FP: count((t, p, k) => t !== k && p === k),
      K: classes.length,
    };
    return formula({ block: 1 }, [sample], () => mean(perClassRecall(y, yHat)), [
      ['\\mathrm{TP}_k + \\mathrm{FN}_k', '\\mathrm{TP}_k + \\mathrm{FP}_k'],
      ['\\frac{1}{K}', ''],
    ]);
  }),
] satisfies Check[];
