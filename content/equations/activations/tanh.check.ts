import { type Check, formula } from '../../../src/lib/verification';
import { sigma } from '../../../src/verification/reference';

export default [
  formula({}, [{ x: 0.7 }, { x: -2 }, { x: 0 }], ({ x }) => Math.tanh(x), [['e^{x} - e^{-x}', 'e^{x} + e^{-x}']]),
  formula(
    { block: 1 },
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => Math.tanh(x),
    [['2\\sigma(2x) - 1', '\\sigma(2x) - 1']],
  ),
] satisfies Check[];
