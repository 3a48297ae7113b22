import type { Fn, Value } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { sum, det, inverse } from './reference';

/** Σ p log p with the convention 0 log 0 = 0 (natural log). */
const plogp = (ps: readonly number[]): number => sum(ps.map((v) => (v === 0 ? 0 : v * Math.log(v))));
const entropy = (ps: readonly number[]): number => -plogp(ps);
const kl = (p: readonly number[], q: readonly number[]): number => sum(p.map((v, i) => (v === 0 ? 0 : v * Math.log(v / (q[i] ?? NaN)))));
const nums = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);

/** Distributions over the outcomes 𝒳 = {1, 2, 3}, bound as functions p(x) and q(x). */
const pairs = [
  { p: [0.2, 0.5, 0.3], q: [0.1, 0.1, 0.8] },
  { p: [0.98, 0.01, 0.01], q: [1 / 3, 1 / 3, 1 / 3] },
  { p: [0.25, 0.25, 0.5], q: [0.25, 0.25, 0.5] },
];
const outcomes = [1, 2, 3];
const fn =
  (ps: readonly number[]): Fn =>
  (x: Value) =>
    ps[Number(x) - 1] ?? NaN;

/**
 * A joint distribution of X ∈ {1, 2} (rows) and Y ∈ {11, 12, 13} (columns); the outcomes are
 * labelled apart, so p(v) knows which marginal to take. X and Y themselves are bound as the
 * variable ids 1 and 2 for H(X), H(X, Y) and H(X ∣ Y).
 */
const joint = [
  [0.1, 0.2, 0.15],
  [0.25, 0.05, 0.25],
];
const xs = [1, 2];
const ys = [11, 12, 13];
const cell = (a: number, b: number): number => {
  const [x, y] = a < 10 ? [a, b] : [b, a];
  return joint[x - 1]?.[y - 11] ?? NaN;
};
const marginalX = joint.map((r) => sum(r));
const marginalY = ys.map((_, j) => sum(joint.map((r) => r[j] ?? NaN)));
const marginal = (v: number): number => (v < 10 ? (marginalX[v - 1] ?? NaN) : (marginalY[v - 11] ?? NaN));
const p: Fn = (...vs: Value[]) => (vs.length === 1 ? marginal(Number(vs[0])) : cell(Number(vs[0]), Number(vs[1])));
const pGiven: Fn = (a: Value, b: Value) => cell(Number(a), Number(b)) / marginal(Number(b));
const H_XY = entropy(joint.flat());
const [H_X, H_Y] = [entropy(marginalX), entropy(marginalY)];
/** H(A ∣ B) = −Σ p(a, b) log p(a ∣ b) for A the variable with id a and B the other one (Cover & Thomas, eq. 2.10). */
const conditional = (a: number): number => {
  const [as, bs] = a === 1 ? [xs, ys] : [ys, xs];
  return -sum(as.flatMap((u) => bs.map((w) => cell(u, w) * Math.log(cell(u, w) / marginal(w)))));
};
const H: Fn = (...vs: Value[]) => (vs.length === 2 ? H_XY : Number(vs[0]) === 1 ? H_X : H_Y);
const H_given: Fn = (a: Value) => conditional(Number(a));
const variables = { X: 1, Y: 2, cal_X: xs, cal_Y: ys, p, p_given: pGiven, H, H_given };

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

export const verifications: Verification[] = [
  formula(
    'entropy',
    {},
    pairs.map(({ p: ps }) => ({ cal_X: outcomes, p: fn(ps) })),
    // Shannon entropy as the expected surprisal Σ p log(1/p), read back from the bound function.
    ({ p: f }) => sum(outcomes.map((x) => Number(f(x)) * Math.log(1 / Number(f(x))))),
    [['-\\sum', '\\sum']],
  ),
  formula(
    'cross-entropy',
    { sides: [1] },
    pairs.map((s) => ({ cal_X: outcomes, p: fn(s.p), q: fn(s.q), P: s.p, Q: s.q })),
    // The entry's second block: H(p, q) = H(p) + D_KL(p ∥ q).
    ({ P, Q }) => entropy(P) + kl(P, Q),
    [['p(x) \\log q(x)', 'q(x) \\log p(x)']],
  ),
  formula(
    'kl-divergence',
    {},
    pairs.map((s) => ({ cal_X: outcomes, p: fn(s.p), q: fn(s.q), P: s.p, Q: s.q })),
    // Cross-entropy minus entropy.
    ({ P, Q }) => -sum(P.map((v, i) => v * Math.log(Q[i] ?? NaN))) - entropy(P),
    [['\\frac{p(x)}{q(x)}', '\\frac{q(x)}{p(x)}']],
  ),
  formula(
    'js-divergence',
    { block: 1 },
    [
      ...pairs.map((s) => ({ p: s.p, q: s.q })),
      { p: [0.5, 0.5, 0], q: [0, 0, 1] }, // disjoint supports: log 2
    ].map((s) => ({ ...s, H: (v: Value) => entropy(nums(v)) })),
    // Lin (1991): the mean KL divergence to the midpoint m = (p + q) / 2.
    ({ p: P, q: Q }) => {
      const m = P.map((v, i) => (v + (Q[i] ?? NaN)) / 2);
      return kl(P, m) / 2 + kl(Q, m) / 2;
    },
    [['\\frac{1}{2} \\left( H(p) + H(q) \\right)', '\\left( H(p) + H(q) \\right)']],
  ),
  formula('mutual-information', {}, [variables], () => H_X + H_Y - H_XY, [['{p(x) \\, p(y)}', '{p(x)}']]),
  formula(
    'mutual-information',
    { block: 1 },
    [variables],
    // The definition: Σ p(x, y) log p(x, y) / (p(x) p(y)).
    () => sum(xs.flatMap((x) => ys.map((y) => cell(x, y) * Math.log(cell(x, y) / (marginal(x) * marginal(y)))))),
    [['H(X) - H(X \\mid Y)', 'H(X) - H(Y \\mid X)']],
  ),
  formula('conditional-entropy', { sides: [2] }, [variables], () => H_XY - H_X, [['\\log p(y \\mid x)', '\\log p(x \\mid y)']]),
  // The chain rule, against the joint entropy computed cell by cell.
  formula('conditional-entropy', { block: 1 }, [variables], () => H_XY, [['H(Y \\mid X)', 'H(X \\mid Y)']]),
  formula(
    'kl-divergence-gaussians',
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
    'kl-divergence-gaussians',
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
];
