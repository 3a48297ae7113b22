import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { block: 1 },
    [
      { bar_alpha_t: 0.64, x_0: [1, -1], epsilon: [0.5, 0.5] },
      { bar_alpha_t: (1 - 1e-4) * (1 - 0.02) * (1 - 0.5), x_0: [2, 0, -3], epsilon: [-1, 2, 0.1] },
    ],
    // Mean √ᾱ_t x_0 and standard deviation √(1 − ᾱ_t), shifted by the noise (Ho et al. 2020, eq. 4).
    ({ bar_alpha_t, x_0, epsilon }) => x_0.map((x, k) => Math.sqrt(bar_alpha_t) * x + Math.sqrt(1 - bar_alpha_t) * (epsilon[k] ?? NaN)),
    [['\\sqrt{1 - \\bar{\\alpha}_t} \\,', '(1 - \\bar{\\alpha}_t) \\,']],
  ),
] satisfies Check[];
