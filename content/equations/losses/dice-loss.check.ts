import { type Check, formula } from '../../../src/lib/verification';
import { dot, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { p: [0.9, 0.1, 0.8, 0.3], g: [1, 0, 1, 0], M: 4 },
      { p: [0.2, 0.7], g: [1, 1], M: 2 },
    ],
    // Milletari et al. 2016 (V-Net), eq. 1: 1 − 2|P∩G| / (|P|² + |G|²) on soft masks.
    ({ p, g }) => 1 - (2 * dot(p, g)) / (dot(p, p) + dot(g, g)),
    [['2 \\sum', '\\sum']],
  ),
  formula(
    { block: 1 },
    [
      { p: [0.9, 0.1, 0.8, 0.3], g: [1, 0, 1, 0], M: 4, s: 1 },
      { p: [0, 0], g: [0, 0], M: 2, s: 1 },
    ],
    // The smoothed soft Dice loss: 1 − (2|P∩G| + s) / (|P| + |G| + s); an empty mask pair gives 0.
    ({ p, g, s }) => 1 - (2 * dot(p, g) + s) / (sum(p) + sum(g) + s),
    [['\\sum_{i=1}^{M} p_i g_i + s}', '\\sum_{i=1}^{M} p_i g_i}']],
  ),
] satisfies Check[];
