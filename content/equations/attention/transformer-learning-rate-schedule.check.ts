import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { t: 100, d_model: 512, T_warmup: 4000 },
      { t: 8000, d_model: 512, T_warmup: 4000 },
    ],
    // Linear warm-up to the peak at T_warmup, then decay as 1/√t (Vaswani et al. 2017, §5.3).
    ({ t, d_model, T_warmup }) => (t < T_warmup ? (t / T_warmup) * (d_model * T_warmup) ** -0.5 : (d_model * t) ** -0.5),
    [
      ['T_{\\text{warmup}}^{-1.5}', 'T_{\\text{warmup}}^{-0.5}'],
      ['t^{-0.5}', 't^{0.5}'],
    ],
  ),
] satisfies Check[];
