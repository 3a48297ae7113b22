import type { Fn, Value } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { sum, gaussianPdf, afterQquad, rewritten } from './reference';

const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

/**
 * A die with six faces ω of unequal probability, and events as sets of faces. Events are bound by
 * id: P(a) is the probability of event a, P(a ∣ b) = P(a ∩ b) / P(b) by the definition of
 * conditional probability (Kolmogorov).
 */
const faces = [0.1, 0.2, 0.15, 0.25, 0.2, 0.1];
const EVENTS: Record<number, number[]> = { 1: [1, 2, 3], 2: [2, 4, 5], 11: [1, 2], 12: [3, 4], 13: [5, 6] };
const prob = (omegas: readonly number[]): number => sum(omegas.map((w) => faces[w - 1] ?? NaN));
const event = (v: Value): number[] => EVENTS[Number(v)] ?? [];
const both = (a: Value, b: Value): number[] => event(a).filter((w) => event(b).includes(w));
const P: Fn = (e: Value) => prob(event(e));
const P_given: Fn = (a: Value, b: Value) => prob(both(a, b)) / prob(event(b));
const dice = { A: 1, B: 2, P, P_given };

/** Data sets (rows are observations): mixed signs, a constant column, large magnitudes. */
const data = [
  [
    [1, 2],
    [3, 0],
    [2, 4],
    [-1, 1],
  ],
  [
    [1e6, 5, 0],
    [2e6, 5, 1],
    [4e6, 5, -3],
  ],
];
const column = (X: readonly number[][], j: number) => X.map((r) => r[j] ?? NaN);
/** numpy.cov(X, rowvar=False): entry (j, k) is Σ (x_ij − mean_j)(x_ik − mean_k) / (N − 1). */
const cov = (X: readonly number[][]): number[][] => {
  const d = X[0]?.length ?? 0;
  const m = Array.from({ length: d }, (_, j) => mean(column(X, j)));
  return m.map((mj, j) => m.map((mk, k) => sum(X.map((r) => ((r[j] ?? NaN) - mj) * ((r[k] ?? NaN) - mk))) / (X.length - 1)));
};
const series = [
  { x: [1, 2, 4], y: [2, 1, 5] },
  { x: [-3, 0, 2, 8, 1], y: [6, 1, 0, -9, 2] },
  { x: [1e6, 2e6, 3e6], y: [5, 4, 4.5] },
];
/** Pearson's r as the mean product of z-scores (population standard deviations). */
const pearson = (x: readonly number[], y: readonly number[]): number => {
  const z = (v: readonly number[]) => {
    const s = Math.sqrt(mean(v.map((t) => (t - mean(v)) ** 2)));
    return v.map((t) => (t - mean(v)) / s);
  };
  const zy = z(y);
  return mean(z(x).map((t, i) => t * (zy[i] ?? NaN)));
};
const gaussians = [
  {
    x: [1, 2],
    mu: [0, 1],
    Sigma: [
      [2, 0.5],
      [0.5, 1],
    ],
    d: 2,
  },
  {
    x: [0.3, -1, 2],
    mu: [0, 0, 1],
    Sigma: [
      [1, 0.2, 0],
      [0.2, 2, -0.5],
      [0, -0.5, 1.5],
    ],
    d: 3,
  },
];
const normal = (x: number, mu: number, s: number) => gaussianPdf([x], [mu], [[s * s]]);

export const verifications: Verification[] = [
  formula(
    'variance',
    { block: 1 },
    series.map(({ x }) => ({ x, bar_x: mean(x), N: x.length })),
    // numpy.var(x, ddof=1), as the mean squared pairwise difference / 2: Σ_{i<j} (x_i − x_j)² / (N (N − 1)).
    ({ x }) => sum(x.flatMap((a, i) => x.slice(i + 1).map((b) => (a - b) ** 2))) / (x.length * (x.length - 1)),
    [['\\frac{1}{N - 1}', '\\frac{1}{N}']],
  ),
  rewritten(
    formula(
      'variance',
      { block: 1 },
      series.map(({ x }) => ({ x, N: x.length })),
      ({ x }) => mean(x),
    ),
    afterQquad(1),
  ),
  formula(
    'covariance',
    { block: 2 },
    data.map((X) => ({ x: X, bar_x: [0, 1, 2].slice(0, X[0]?.length).map((j) => mean(column(X, j))), N: X.length })),
    ({ x }) => cov(x),
    [
      ['\\frac{1}{N - 1}', '\\frac{1}{N}'],
      ['\\left( \\mathbf{x}_i - \\bar{\\mathbf{x}} \\right)^{\\top}', '\\left( \\mathbf{x}_i \\right)^{\\top}'],
    ],
  ),
  rewritten(
    formula(
      'covariance',
      { block: 2 },
      data.map((X) => ({ x: X, N: X.length })),
      ({ x }) => [0, 1, 2].slice(0, x[0]?.length).map((j) => mean(column(x, j))),
    ),
    afterQquad(1),
  ),
  formula(
    'pearson-correlation',
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
    'pearson-correlation',
    { block: 1 },
    series.map(({ x, y }) => ({ x, y, bar_x: mean(x), bar_y: mean(y), N: x.length })),
    ({ x, y }) => pearson(x, y),
    [['\\, \\sqrt{\\sum_{i=1}^{N} \\left( y_i - \\bar{y} \\right)^{2}}', '']],
  ),
  formula(
    'gaussian-distribution',
    {},
    [
      { x: 1.3, mu: 0.5, sigma: 0.8 },
      { x: -4, mu: 0, sigma: 2 },
      { x: 1e3, mu: 1e3 + 0.01, sigma: 0.01 },
    ],
    ({ x, mu, sigma: s }) => normal(x, mu, s),
    [
      ['{2 \\sigma^{2}} \\right)', '{\\sigma^{2}} \\right)'],
      ['\\sqrt{2 \\pi \\sigma^{2}}', '\\sqrt{2 \\pi} \\sigma^{2}'],
    ],
  ),
  formula(
    'gaussian-distribution',
    { block: 1 },
    [
      { x: 1.3, mu: 0.5, sigma: 0.8 },
      { x: -4, mu: 0, sigma: 2 },
      { x: 1e3, mu: 1e3 + 0.01, sigma: 0.01 },
    ],
    ({ x, mu, sigma: s }) => Math.log(normal(x, mu, s)),
    [['\\log\\left( 2 \\pi \\sigma^{2} \\right)', '\\log\\left( 2 \\pi \\sigma \\right)']],
  ),
  formula('multivariate-gaussian', {}, gaussians, ({ x, mu, Sigma }) => gaussianPdf(x, mu, Sigma), [['^{-1}', '']]),
  formula('multivariate-gaussian', { block: 1 }, gaussians, ({ x, mu, Sigma }) => Math.log(gaussianPdf(x, mu, Sigma)), [
    ['- \\frac{1}{2} \\log \\det', '- \\log \\det'],
    ['-\\frac{d}{2} \\log(2 \\pi)', '-\\log(2 \\pi)'],
  ]),
  formula(
    'bernoulli-distribution',
    {},
    [
      { x: 1, mu: 0.3 },
      { x: 0, mu: 0.3 },
      { x: 0, mu: 0 },
      { x: 1, mu: 1 },
    ],
    ({ x, mu }) => (x === 1 ? mu : 1 - mu),
    [['(1 - \\mu)^{1 - x}', '(1 - \\mu)^{x}']],
  ),
  formula(
    'categorical-distribution',
    {},
    [
      { x: [0, 1, 0], mu: [0.2, 0.5, 0.3], K: 3 },
      { x: [0, 0, 0, 1], mu: [0.1, 0.2, 0.3, 0.4], K: 4 },
    ],
    // The probability of the category whose indicator is 1.
    ({ x, mu }) => mu[x.indexOf(1)] ?? NaN,
    [['\\mu_k^{x_k}', '\\mu_k^{1 - x_k}']],
  ),
  formula('bayes-theorem', {}, [dice], () => prob(both(1, 2)) / prob(event(2)), [['{P(B)}', '{P(A)}']]),
  formula('chain-rule-of-probability', { block: 1 }, [dice], () => prob(both(1, 2)), [['P(B \\mid A) \\, P(A)', 'P(B \\mid A)']]),
  formula('law-of-total-probability', {}, [{ ...dice, B: [11, 12, 13], K: 3 }], () => prob(event(1)), [
    ['P(A \\mid B_k) \\, P(B_k)', 'P(A \\mid B_k)'],
  ]),
];
