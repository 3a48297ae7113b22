import { type Check, formula } from '../../../src/lib/verification';
import { elu } from '../../../src/verification/reference';

/** SELU's fixed constants (Klambauer et al. 2017, eq. 14). */
const SELU = { lambda: 1.0507009873554805, alpha: 1.6732632423543772 };

export default [
  formula(
    {},
    [-2, 0, 1.5].map((x) => ({ x, ...SELU })),
    ({ x, lambda, alpha }) => lambda * elu(x, alpha),
    [['\\left( e^{x} - 1 \\right)', 'e^{x}']],
  ),
] satisfies Check[];
