import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { mean, series } from '../../../src/verification/reference';

/** Pearson's r as the mean product of z-scores (population standard deviations). */
const pearson = (x: readonly number[], y: readonly number[]): number => {
  const z = (v: readonly number[]) => {
    const s = Math.sqrt(mean(v.map((t) => (t - mean(v)) ** 2)));
    return v.map((t) => (t - mean(v)) / s);
  };
  const zy = z(y);
  return mean(z(x).map((t, i) => t * (zy[i] ?? NaN)));
};

export default [
  formula(
    {},
    series.map(({ x, y }) => ({
      x,
      y,
      sigma_x: Math.sqrt(mean(x.map((t) => (t - mean(x)) ** 2))),
      sigma_y: Math.sqrt(mean(y.map((t) => (t - mean(y)) ** 2))),
      Cov: (a: Value, b: Value) => {
        const [u, v] = [a, b].map((t) => (Array.isArray(t) ? t.map(Number) : [t]));
        return mean((u ?? []).map((t, i) => (t - mean(u ?? [])) * ((v?.[i] ?? NaN) - mean(v ?? []))));
      },
    })),
    ({ x, y }) => pearson(x, y),
    [['{\\sigma_{x} \\, \\sigma_{y}}', '{\\sigma_{x}}']],
  ),
  formula(
    { block: 1 },
    series.map(({ x, y }) => ({ x, y, bar_x: mean(x), bar_y: mean(y), N: x.length })),
    ({ x, y }) => pearson(x, y),
    [['\\, \\sqrt{\\sum_{i=1}^{N} \\left( y_i - \\bar{y} \\right)^{2}}', '']],
  ),
] satisfies Check[];
