import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { block: 1 },
    [
      { h: 1, H: 8 },
      { h: 8, H: 8 },
      { h: 3, H: 16 },
    ],
    // Press et al. (2022): a geometric sequence that starts at 2^(−8/H) with that same ratio.
    ({ h, H }) => 2 ** (-8 / H) * (2 ** (-8 / H)) ** (h - 1),
    [['-8h/H', '-8(h-1)/H']],
  ),
] satisfies Check[];
