import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: 1, p: 0.8 },
      { y: 0, p: 0.3 },
    ],
    ({ y, p }) => -(y * Math.log(p) + (1 - y) * Math.log(1 - p)),
    [['-\\left[', '\\left[']],
  ),
  formula(
    { block: 1 },
    [{ y: [1, 0, 1], p: [0.9, 0.2, 0.6], N: 3 }],
    ({ y, p, N }) => -sum(y.map((v, i) => v * Math.log(at(p, i + 1)) + (1 - v) * Math.log(1 - at(p, i + 1)))) / N,
    [['-\\frac{1}{N}', '-']],
  ),
] satisfies Check[];
