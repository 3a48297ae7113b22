import { type Check, formula } from '../../../src/lib/verification';
import { ReLU6 } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [-4, -3, -1, 0, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => Math.min(1, Math.max(0, x / 6 + 0.5)),
    [['\\frac{x}{6}', '\\frac{x}{3}']],
  ),
  formula(
    { block: 1 },
    [-4, -1, 0, 2, 5].map((x) => ({ x, ReLU6 })),
    // torch.nn.Hardsigmoid: 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 in between.
    ({ x }) => (x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5),
    [['x + 3', 'x - 3']],
  ),
] satisfies Check[];
