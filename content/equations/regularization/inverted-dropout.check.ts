import { type Check, formula } from '../../../src/lib/verification';
import { at } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [{ p: 0.2, m: [1, 0, 1, 1], h: [2, -3, 4, 0.5] }],
    // torch.nn.Dropout in training mode: kept units are scaled by 1/(1 − p), dropped ones are 0.
    ({ p, m, h }) => h.map((v, k) => (at(m, k + 1) === 1 ? v / (1 - p) : 0)),
    [['\\frac{1}{1 - p}', '\\frac{1}{p}']],
  ),
] satisfies Check[];
