import { type Check, formula } from '../../../src/lib/verification';
import { elementwise, softplus } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [-3, 0, 1.2, 20].map((x) => ({ x, softplus: elementwise(softplus) })),
    // Misra 2019: Mish(x) = x · tanh(softplus(x)).
    ({ x }) => x * Math.tanh(softplus(x)),
    [['\\log\\left( 1 + e^{x} \\right)', '\\log\\left( 1 + e^{-x} \\right)']],
  ),
] satisfies Check[];
