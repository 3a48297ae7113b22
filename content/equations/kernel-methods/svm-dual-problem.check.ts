import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, phi, sum, support } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [{ alpha: [0.5, 0, 0.2], y: [1, -1, -1], x: support, N: 3, phi: (v: Value) => phi(Array.isArray(v) ? v.map(Number) : [v]) }],
    // The weight vector in feature space, component by component: w_m = Σ_i α_i y_i φ_m(x_i).
    ({ alpha, y }) => [0, 1, 2].map((m) => sum(support.map((xi, i) => at(alpha, i + 1) * at(y, i + 1) * (phi(xi)[m] ?? NaN)))),
    [['\\alpha_i y_i \\phi', '\\alpha_i \\phi']],
  ),
] satisfies Check[];
