import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [0, 5, 10, 12].map((t) => ({ t, T_warmup: 10, eta_init: 0.01, eta_target: 0.1 })),
    // torch.optim.lr_scheduler.LinearLR with start_factor = η_init/η_target, end_factor = 1, total_iters = T_warmup.
    ({ t, T_warmup, eta_init, eta_target }) => {
      const start = eta_init / eta_target;
      return eta_target * (start + ((1 - start) * Math.min(t, T_warmup)) / T_warmup);
    },
    [['\\eta_{\\text{init}} + \\left(', '\\left(']],
  ),
] satisfies Check[];
