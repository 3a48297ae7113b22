import { type Check, formula } from '../../../src/lib/verification';

/** Receptive field of a stack of layers, walking back from one output unit: each layer maps a window of r units to s·(r − 1) + k inputs. */
const receptiveField = (k: readonly number[], s: readonly number[]): number => k.reduceRight((r, kl, l) => (s[l] ?? NaN) * (r - 1) + kl, 1);

export default [
  formula(
    { sides: [1] },
    [
      { l: 3, r: [receptiveField([3], [1]), receptiveField([3, 3], [1, 2])], k: [3, 3, 3], s: [1, 2, 2] },
      { l: 2, r: [receptiveField([7], [2])], k: [7, 3], s: [2, 1] },
    ],
    ({ l, k, s }) => receptiveField(k.slice(0, l), s.slice(0, l)),
    [['(k_l - 1)', 'k_l']],
  ),
  formula(
    { block: 1 },
    [
      { L: 3, k: [3, 3, 3], s: [1, 2, 2] },
      { L: 4, k: [7, 3, 3, 1], s: [2, 2, 1, 1] },
    ],
    ({ k, s }) => receptiveField(k, s),
    [['\\prod_{i=1}^{l-1} s_i', '\\prod_{i=1}^{l} s_i']],
  ),
] satisfies Check[];
