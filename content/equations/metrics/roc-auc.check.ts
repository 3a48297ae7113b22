import { type Check, formula } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

/** ROC AUC as the trapezoidal area under the ROC curve (scikit-learn's roc_auc_score), ties as one threshold. */
const rocAuc = (s: readonly number[], y: readonly number[]): number => {
  const pos = sum(y);
  const neg = y.length - pos;
  const thresholds = [...new Set(s)].sort((a, b) => b - a);
  const points = [
    [0, 0],
    ...thresholds.map((t) => [
      s.filter((v, i) => v >= t && y[i] === 0).length / neg,
      s.filter((v, i) => v >= t && y[i] === 1).length / pos,
    ]),
  ];
  return sum(points.slice(1).map(([x, h], k) => ((x ?? 0) - (points[k]?.[0] ?? 0)) * (((h ?? 0) + (points[k]?.[1] ?? 0)) / 2)));
};

export default [
  formula(
    { block: 2 },
    [
      { s: [0.9, 0.4, 0.4, 0.2, 0.8, 0.1], y: [1, 1, 0, 0, 0, 1] },
      { s: [3, 1, 2, 5], y: [1, 0, 0, 1] },
      { s: [0.5, 0.5, 0.5], y: [1, 0, 0] },
    ].map(({ s, y }) => ({ s, y, N_plus: sum(y), N_minus: y.length - sum(y) })),
    ({ s, y }) => rocAuc(s, y),
    [
      ['\\frac{1}{2} \\mathbb{I}', '\\mathbb{I}'],
      ['s_i > s_j', 's_i < s_j'],
    ],
  ),
] satisfies Check[];
