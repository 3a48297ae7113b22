import { type Check, formula } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      { p: [0.25, 0.75], K: 2 },
      { p: [0.5, 0.25, 0.125, 0.125], K: 4 },
    ],
    // Shannon entropy in bits as the expected code length: Σ p log₂(1/p).
    ({ p }) => sum(p.map((v) => v * Math.log2(1 / v))),
    [
      ['-\\sum', '\\sum'],
      ['\\log_2 p_k', '\\log p_k'],
    ],
  ),
] satisfies Check[];
