import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';

const gaussian = (mean: number, sd: number) => (x: Value) =>
  Math.exp(-(((x as number) - mean) ** 2) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));

/** argmax over D ∈ (0, 1) of a·log D + b·log(1 − D), by golden-section search (the objective is concave). */
const argmaxD = (a: number, b: number): number => {
  const f = (d: number) => a * Math.log(d) + b * Math.log(1 - d);
  const g = (Math.sqrt(5) - 1) / 2;
  let [lo, hi] = [1e-12, 1 - 1e-12];
  for (let n = 0; n < 200; n++) {
    const [c, d] = [hi - g * (hi - lo), lo + g * (hi - lo)];
    if (f(c) > f(d)) hi = d;
    else lo = c;
  }
  return (lo + hi) / 2;
};

export default [
  formula(
    { tolerance: 1e-6 },
    [
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: 0.5 },
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: -3 },
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: 4 },
    ],
    // The maximiser of the pointwise objective p_data(x) log D + p_g(x) log(1 − D) (Goodfellow et al. 2014, Prop. 1), found numerically.
    ({ p_data, p_g, x }) => argmaxD(p_data(x), p_g(x)),
    [['{p_{\\text{data}}(\\mathbf{x})}{', '{p_{g}(\\mathbf{x})}{']],
  ),
] satisfies Check[];
