import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x: 1, mu: 0.3 },
      { x: 0, mu: 0.3 },
      { x: 0, mu: 0 },
      { x: 1, mu: 1 },
    ],
    ({ x, mu }) => (x === 1 ? mu : 1 - mu),
    [['(1 - \\mu)^{1 - x}', '(1 - \\mu)^{x}']],
  ),
] satisfies Check[];
