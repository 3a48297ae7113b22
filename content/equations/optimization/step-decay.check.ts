import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { t: 25, s: 10, eta_0: 0.1, gamma: 0.5 },
      { t: 9, s: 10, eta_0: 0.1, gamma: 0.5 },
      { t: 30, s: 10, eta_0: 1, gamma: 0.1 },
    ],
    // torch.optim.lr_scheduler.StepLR, stepped epoch by epoch: multiply by γ at every multiple of s.
    ({ t, s, eta_0, gamma }) => {
      let eta = eta_0;
      for (let epoch = 1; epoch <= t; epoch++) if (epoch % s === 0) eta *= gamma;
      return eta;
    },
    [['\\lfloor t / s \\rfloor', 't / s']],
  ),
] satisfies Check[];
