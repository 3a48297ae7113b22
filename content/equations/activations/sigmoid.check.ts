import { type Check, formula } from '../../../src/lib/verification';
import { sigma, sigmoid } from '../../../src/verification/reference';

export default [
  formula({}, [{ x: 0 }, { x: 2 }, { x: -3 }], ({ x }) => 1 / (1 + Math.exp(-x)), [
    ['e^{-x}', 'e^{x}'],
    ['\\frac{e^{x}}{1 + e^{x}}', '\\frac{e^{x}}{1 - e^{x}}'],
  ]),
  formula({ sides: [0] }, [{ x: 1.5, sigma }], ({ x }) => sigmoid(x)),
] satisfies Check[];
