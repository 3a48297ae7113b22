import { type Check, formula } from '../../../src/lib/verification';
import { sigma, sigmoid } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
      { x: 0, sigma },
    ],
    ({ x }) => x * sigmoid(x),
    [['1 + e^{-x}', '1 + e^{x}']],
  ),
  formula(
    { block: 1 },
    [
      { x: 0.7, beta: 1, sigma },
      { x: -2, beta: 1.5, sigma },
    ],
    // Ramachandran et al. 2017: Swish_β(x) = x · sigmoid(βx).
    ({ x, beta }) => x / (1 + Math.exp(-beta * x)),
    [['\\sigma(\\beta x)', '\\sigma(x)']],
  ),
] satisfies Check[];
