import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [{ y: [1, -2, 0.5], hat_y: [1.5, 1, 0.5], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.log(Math.cosh(at(hat_y, i + 1) - v)))) / N,
    [['\\frac{1}{N}', '']],
  ),
  formula(
    { block: 1 },
    [-3, 0, 0.5, 20].map((r) => ({ r })),
    ({ r }) => Math.log(Math.cosh(r)),
    [
      ['- \\log 2', '+ \\log 2'],
      ['e^{-2 \\lvert r \\rvert}', 'e^{-\\lvert r \\rvert}'],
    ],
  ),
] satisfies Check[];
