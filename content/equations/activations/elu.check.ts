import { type Check, formula } from '../../../src/lib/verification';
import { derivative, elementwise, elu } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { x: -1, alpha: 1.5 },
      { x: 0, alpha: 1.5 },
      { x: 2, alpha: 1.5 },
    ],
    ({ x, alpha }) => elu(x, alpha),
    [['e^{x} - 1', 'e^{x} + 1']],
  ),
  formula(
    { block: 1 },
    [-3, -0.5, 2].map((x) => ({ x, alpha: 1.5, ELU: elementwise((v) => elu(v, 1.5)) })),
    ({ x, alpha }) => derivative((v) => elu(v, alpha), x),
    [['\\operatorname{ELU}(x) + \\alpha', '\\operatorname{ELU}(x) - \\alpha']],
  ),
] satisfies Check[];
