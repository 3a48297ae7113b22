import { type Check, formula } from '../../../src/lib/verification';
import { ReLU6 } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [-4, -1, 0, 2, 5].map((x) => ({ x, ReLU6 })),
    // torch.nn.Hardswish (Howard et al. 2019): 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 in between.
    ({ x }) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
    [['{6}', '{3}']],
  ),
  formula(
    { block: 1 },
    [-4, -3, -1, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => (x * Math.min(6, Math.max(0, x + 3))) / 6,
    [['\\frac{x (x + 3)}{6}', '\\frac{x (x - 3)}{6}']],
  ),
] satisfies Check[];
