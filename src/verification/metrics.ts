import { formula, type Verification } from '../lib/verification';
import { sum, at, confusion, withPR } from './reference';

export const verifications: Verification[] = [
  formula('root-mean-squared-error', {}, [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }], ({ y, hat_y, N }) =>
    Math.sqrt(sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N),
  ),
  formula('f1-score', {}, withPR, (c) => (2 * c.TP) / (2 * c.TP + c.FP + c.FN), [['2 \\cdot', '']]),
  formula('f1-score', { block: 1 }, withPR, (c) => (2 * c.Precision * c.Recall) / (c.Precision + c.Recall)),
  formula(
    'f-beta-score',
    {},
    withPR.map((c) => ({ ...c, beta: 2 })),
    (c) => (5 * c.TP) / (5 * c.TP + 4 * c.FN + c.FP),
  ),
  formula(
    'f-beta-score',
    { block: 1 },
    withPR.map((c) => ({ ...c, beta: 0.5 })),
    (c) => (1.25 * c.Precision * c.Recall) / (0.25 * c.Precision + c.Recall),
  ),
  formula(
    'matthews-correlation-coefficient',
    {},
    confusion,
    (c) => (c.TP * c.TN - c.FP * c.FN) / Math.sqrt((c.TP + c.FP) * (c.TP + c.FN) * (c.TN + c.FP) * (c.TN + c.FN)),
  ),
  formula('accuracy', {}, confusion, (c) => (c.TP + c.TN) / (c.TP + c.TN + c.FP + c.FN)),
  formula('accuracy', { block: 1 }, [{ y: [1, 2, 3, 1], hat_y: [1, 2, 1, 1], N: 4 }], () => 0.75),
  formula(
    'r-squared',
    {},
    [{ y: [1, 2, 4], hat_y: [1.5, 2, 3], bar_y: 7 / 3, N: 3 }],
    ({ y, hat_y, bar_y }) => 1 - sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / sum(y.map((v) => (v - bar_y) ** 2)),
  ),
  formula(
    'bleu',
    { block: 1 },
    [
      { c: 10, r: 12 },
      { c: 15, r: 12 },
    ],
    ({ c, r }) => (c > r ? 1 : Math.exp(1 - r / c)),
  ),
];
