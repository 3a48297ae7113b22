import { formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';

export const verifications: Verification[] = [
  formula('discounted-return', { block: 2 }, [{ t: 1, T: 4, gamma: 0.9, R: [0, 1, 2, 3] }], () => 1 + 0.9 * 2 + 0.81 * 3),
  formula(
    'td-zero',
    { block: 1 },
    [{ R: [0, 1, 2], t: 1, gamma: 0.9, S: [1, 2, 3], V: (s: Value) => (s as number) * 10 }],
    () => 1 + 0.9 * 20 - 10,
  ),
];
