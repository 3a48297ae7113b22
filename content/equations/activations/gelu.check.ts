import { type Check, formula } from '../../../src/lib/verification';
import { elementwise, erf, normalCdf } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [-3, -1, 0, 0.5, 2.5].map((x) => ({ x, Phi: elementwise(normalCdf), erf: elementwise(erf) })),
    // GELU(x) = x Φ(x) (Hendrycks & Gimpel 2016), Φ integrated numerically from the normal density.
    ({ x }) => x * normalCdf(x),
    [
      ['\\frac{x}{\\sqrt{2}}', '\\frac{x}{2}'],
      ['1 + \\operatorname{erf}', '1 - \\operatorname{erf}'],
    ],
  ),
] satisfies Check[];
