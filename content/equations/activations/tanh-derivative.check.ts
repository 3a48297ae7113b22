import { type Check, formula } from '../../../src/lib/verification';
import { derivative, elementwise } from '../../../src/verification/reference';

export default [
  formula(
    { tolerance: 1e-8 },
    [-2, 0, 0.7, 3].map((x) => ({ x, sech: elementwise((v) => 1 / Math.cosh(v)) })),
    ({ x }) => derivative(Math.tanh, x),
    [['1 - \\tanh^{2}(x)', '1 + \\tanh^{2}(x)']],
  ),
] satisfies Check[];
