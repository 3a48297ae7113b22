import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x_1: 0.8, x_2: 0.2, y: 1, m: 0.5 },
      { x_1: 0.8, x_2: 0.2, y: -1, m: 0.5 },
      { x_1: 0, x_2: 2, y: 1, m: 0 },
    ],
    // torch.nn.MarginRankingLoss: y = 1 means x_1 should rank higher than x_2 by the margin.
    ({ x_1, x_2, y, m }) => (y === 1 ? Math.max(0, m - (x_1 - x_2)) : Math.max(0, m - (x_2 - x_1))),
    [['-y', 'y']],
  ),
] satisfies Check[];
