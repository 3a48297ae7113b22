import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { sides: [1] },
    [
      { D_K: 3, M: 32, N: 64 },
      { D_K: 5, M: 3, N: 1 },
    ],
    // One D_K × D_K × M filter per output channel.
    ({ D_K, M, N }) => N * (D_K * D_K * M),
    [['D_K^{2} \\, M N', 'D_K \\, M N']],
  ),
  formula(
    { block: 1, sides: [0, 1] },
    [
      { D_K: 3, M: 32, N: 64, D_F: 14 },
      { D_K: 5, M: 3, N: 10, D_F: 7 },
    ],
    // Multiply-adds (Howard et al. 2017): depthwise, one D_K × D_K filter per input channel at each of D_F² positions,
    // plus pointwise, M·N per position; over the standard convolution's D_K²·M·N per position.
    ({ D_K, M, N, D_F }) => (M * D_K * D_K * D_F * D_F + D_F * D_F * M * N) / (D_F * D_F * N * M * D_K * D_K),
    [
      ['\\frac{1}{D_K^{2}}', '\\frac{1}{D_K}'],
      ['+ M N D_F^{2}', '+ M D_F^{2}'],
    ],
  ),
] satisfies Check[];
