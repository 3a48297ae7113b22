import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { block: 1 },
    [
      { TP: 8, FP: 2, FN: 4 },
      { TP: 1, FP: 9, FN: 0 },
      { TP: 0, FP: 3, FN: 2 },
    ],
    // |A ∩ B| / |A ∪ B| on the sets of predicted and true positives: the union counts TP once.
    ({ TP, FP, FN }) => {
      const predicted = new Set([...Array(TP + FP).keys()]);
      const actual = new Set([...Array(TP).keys(), ...Array.from({ length: FN }, (_, k) => 1000 + k)]);
      return [...predicted].filter((e) => actual.has(e)).length / new Set([...predicted, ...actual]).size;
    },
    [['\\mathrm{TP} + \\mathrm{FP} + \\mathrm{FN}', '\\mathrm{TP} + \\mathrm{FP}']],
  ),
] satisfies Check[];
