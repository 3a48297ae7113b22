import { type Check, formula } from '../../../src/lib/verification';
import { softplus } from '../../../src/verification/reference';

export default [
  formula({}, [{ x: 0.7 }, { x: -3 }, { x: 0 }], ({ x }) => softplus(x), [['1 + e^{x}', '1 + e^{-x}']]),
  formula({ block: 1 }, [{ x: 0.7, beta: 2 }], ({ x, beta }) => Math.log(1 + Math.exp(beta * x)) / beta, [['\\frac{1}{\\beta}', '\\beta']]),
] satisfies Check[];
