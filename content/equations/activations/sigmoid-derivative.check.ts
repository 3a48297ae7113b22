import { type Check, formula } from '../../../src/lib/verification';
import { sigma, sigmoid } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { x: 0.4, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => sigmoid(x) * (1 - sigmoid(x)),
    [['\\left( 1 - \\sigma(x) \\right)', '\\left( 1 + \\sigma(x) \\right)']],
  ),
  formula({ block: 1 }, [{ x: 0.4 }, { x: -2 }], ({ x }) => sigmoid(x) * (1 - sigmoid(x)), [['^{2}', '']]),
] satisfies Check[];
