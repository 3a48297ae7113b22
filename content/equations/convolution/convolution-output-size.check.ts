import { type Check, formula } from '../../../src/lib/verification';

/** torch.nn.Conv2d's documented output size. */
const convOut = ({ i, p, d = 1, k, s }: { i: number; p: number; d?: number; k: number; s: number }): number =>
  Math.floor((i + 2 * p - d * (k - 1) - 1) / s + 1);

export default [
  formula(
    {},
    [
      { i: 32, p: 1, k: 3, s: 2 },
      { i: 7, p: 0, k: 3, s: 2 },
      { i: 5, p: 2, k: 5, s: 1 },
    ],
    convOut,
    [
      ['2p', 'p'],
      ['\\right\\rfloor + 1', '\\right\\rfloor'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { i: 32, p: 1, d: 1, k: 3, s: 2 },
      { i: 10, p: 2, d: 2, k: 3, s: 1 },
      { i: 28, p: 0, d: 3, k: 5, s: 3 },
    ],
    convOut,
    [['d(k - 1) - 1}{s}', 'd(k - 1)}{s}']],
  ),
] satisfies Check[];
