import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { s: [2, 1.5, -1], c: 1 },
      { s: [2, 1.5, -1], c: 3 },
      { s: [4, 0, 1], c: 1 },
    ],
    // Crammer & Singer 2001: the margin against the highest-scoring wrong class only.
    ({ s, c }) => Math.max(0, 1 + Math.max(...s.filter((_, k) => k + 1 !== c)) - at(s, c)),
    [['1 + \\max_{k \\ne c}', '\\max_{k \\ne c}']],
  ),
  formula(
    { block: 1 },
    [
      { s: [2, 1.5, -1], c: 1 },
      { s: [2, 1.5, -1], c: 3 },
    ],
    // Weston & Watkins 1999 (torch.nn.MultiMarginLoss without the 1/K): every wrong class.
    ({ s, c }) => sum(s.map((sk, k) => (k + 1 === c ? 0 : Math.max(0, 1 + sk - at(s, c))))),
    [['\\sum_{k \\ne c}', '\\sum_{k}']],
  ),
] satisfies Check[];
