import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x: -2, alpha: 0.01 },
      { x: 0, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
    [['\\alpha x & \\text{if } x < 0', 'x & \\text{if } x < 0']],
  ),
  formula(
    { block: 1 },
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
    [['+ \\alpha \\min(0, x)', '- \\alpha \\min(0, x)']],
  ),
] satisfies Check[];
