import { type Check, formula } from '../../../src/lib/verification';
import { huber } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: 1, hat_y: 1.5, delta: 1 },
      { y: 0, hat_y: 3, delta: 1 },
      { y: 3, hat_y: 0, delta: 2 },
    ],
    ({ y, hat_y, delta }) => huber(y - hat_y, delta),
    [
      ['\\delta \\left( \\lvert y - \\hat{y} \\rvert', '\\delta \\left( (y - \\hat{y})'],
      ['\\frac{1}{2}(y - \\hat{y})^{2}', '(y - \\hat{y})^{2}'],
    ],
  ),
] satisfies Check[];
