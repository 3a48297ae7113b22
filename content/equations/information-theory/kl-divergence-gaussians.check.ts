import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { det, inverse, sum } from '../../../src/verification/reference';

/** ∫ f on [a, b] by composite Simpson with n (even) intervals. */
const simpson = (f: (t: number) => number, a: number, b: number, n: number): number => {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let k = 1; k < n; k++) s += (k % 2 === 1 ? 4 : 2) * f(a + k * h);
  return (s * h) / 3;
};

/** D_KL(N0 ∥ N1) = ∫ p0 log(p0 / p1), integrated numerically over ±10 standard deviations of N0. */
const klGaussians1d = (m0: number, s0: number, m1: number, s1: number): number => {
  const pdf = (m: number, s: number) => (t: number) => Math.exp(-((t - m) ** 2) / (2 * s * s)) / Math.sqrt(2 * Math.PI * s * s);
  const [p0, p1] = [pdf(m0, s0), pdf(m1, s1)];
  return simpson((t) => p0(t) * Math.log(p0(t) / p1(t)), m0 - 10 * s0, m0 + 10 * s0, 4000);
};

const klGaussians2d = (m0: number[], S0: number[][], m1: number[], S1: number[][]): number => {
  // Each density with its inverse and determinant computed once (gaussianPdf recomputes them per point).
  const density = (m: number[], S: number[][]) => {
    const [P, c] = [inverse(S), 1 / (2 * Math.PI * Math.sqrt(det(S)))];
    return (u: number, v: number) => {
      const [a, b] = [u - (m[0] ?? NaN), v - (m[1] ?? NaN)];
      const q = a * (a * (P[0]?.[0] ?? NaN) + b * (P[0]?.[1] ?? NaN)) + b * (a * (P[1]?.[0] ?? NaN) + b * (P[1]?.[1] ?? NaN));
      return c * Math.exp(-q / 2);
    };
  };
  const [p0, p1] = [density(m0, S0), density(m1, S1)];
  const [r0, r1] = [10 * Math.sqrt(S0[0]?.[0] ?? NaN), 10 * Math.sqrt(S0[1]?.[1] ?? NaN)];
  const [c0, c1] = [m0[0] ?? NaN, m0[1] ?? NaN];
  const f = (u: number, v: number) => {
    const a = p0(u, v);
    return a === 0 ? 0 : a * Math.log(a / p1(u, v));
  };
  return simpson((u) => simpson((v) => f(u, v), c1 - r1, c1 + r1, N2D), c0 - r0, c0 + r0, N2D);
};

/** Simpson intervals per axis; the error is far below the 1e-6 tolerance. */
const N2D = 160;

export default [
  formula(
    { block: 1, tolerance: 1e-7 },
    [
      { mu_0: 0.5, mu_1: -1, sigma_0: 1.2, sigma_1: 0.3 },
      { mu_0: 0, mu_1: 0, sigma_0: 1, sigma_1: 1 },
      { mu_0: 10, mu_1: 4, sigma_0: 0.5, sigma_1: 2 },
    ],
    ({ mu_0, mu_1, sigma_0, sigma_1 }) => klGaussians1d(mu_0, sigma_0, mu_1, sigma_1),
    [
      ['{2 \\sigma_1^2}', '{\\sigma_1^2}'],
      ['\\ln \\frac{\\sigma_1}{\\sigma_0}', '\\ln \\frac{\\sigma_0}{\\sigma_1}'],
    ],
  ),
  formula(
    { tolerance: 1e-6 },
    [
      {
        mu_0: [0.5, -1],
        mu_1: [1, 0.2],
        Sigma_0: [
          [1, 0.3],
          [0.3, 0.5],
        ],
        Sigma_1: [
          [2, -0.4],
          [-0.4, 1],
        ],
        d: 2,
        tr: (m: Value) => (Array.isArray(m) ? sum(m.map((r, i) => (Array.isArray(r) ? Number(r[i]) : NaN))) : m),
      },
    ],
    ({ mu_0, mu_1, Sigma_0, Sigma_1 }) => klGaussians2d(mu_0, Sigma_0, mu_1, Sigma_1),
    [
      ['- d +', '+ d +'],
      [
        '\\frac{\\det \\boldsymbol{\\Sigma}_1}{\\det \\boldsymbol{\\Sigma}_0}',
        '\\frac{\\det \\boldsymbol{\\Sigma}_0}{\\det \\boldsymbol{\\Sigma}_1}',
      ],
      [
        '\\operatorname{tr}\\left( \\boldsymbol{\\Sigma}_1^{-1} \\boldsymbol{\\Sigma}_0 \\right)',
        '\\operatorname{tr}\\left( \\boldsymbol{\\Sigma}_0 \\right)',
      ],
    ],
  ),
] satisfies Check[];
