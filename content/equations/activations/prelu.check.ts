import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x_c: -2, a_c: 0.25 },
      { x_c: 0, a_c: 0.25 },
      { x_c: 3, a_c: 0.25 },
    ],
    // torch.nn.PReLU: max(0, x) + a · min(0, x), with a learned per channel (He et al. 2015).
    ({ x_c, a_c }) => Math.max(0, x_c) + a_c * Math.min(0, x_c),
    [['a_c x_c & \\text{if } x_c \\le 0', 'x_c & \\text{if } x_c \\le 0']],
  ),
  formula(
    { block: 1 },
    [
      { x_c: -2, a_c: 0.25 },
      { x_c: 3, a_c: 0.25 },
    ],
    ({ x_c, a_c }) => (x_c > 0 ? x_c : a_c * x_c),
    [['+ a_c \\min(0, x_c)', '- a_c \\min(0, x_c)']],
  ),
] satisfies Check[];
