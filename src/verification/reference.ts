import type { Fn, Value } from '../lib/latex-eval';
import type { Verification } from '../lib/verification';

/**
 * Independent reference implementations and shared sample data for the specs in this folder:
 * plain TypeScript, written from the definitions, never from the entries' LaTeX.
 */

export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
export const dot = (a: readonly number[], b: readonly number[]): number => sum(a.map((x, i) => x * (b[i] ?? NaN)));
export const norm = (a: readonly number[]): number => Math.sqrt(dot(a, a));
/** 1-based indexing, as the formulas write it. */
export const at = (xs: readonly number[], i: number): number => xs[i - 1] ?? NaN;
export const matmul = (a: readonly number[][], b: readonly number[][]): number[][] =>
  a.map((r) => (b[0] ?? []).map((_, j) => sum(r.map((x, k) => x * (b[k]?.[j] ?? NaN)))));
export const T = (m: readonly number[][]): number[][] => (m[0] ?? []).map((_, j) => m.map((r) => r[j] ?? NaN));

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
export const softmax = (z: readonly number[]): number[] => {
  const total = sum(z.map((v) => Math.exp(v)));
  return z.map((v) => Math.exp(v) / total);
};
export const huber = (r: number, d: number): number => (Math.abs(r) <= d ? (r * r) / 2 : d * (Math.abs(r) - d / 2));

/** A scalar function applied element by element, as a function bound in a scope. */
export const elementwise =
  (f: (x: number) => number): Fn =>
  (x) =>
    typeof x === 'number' ? f(x) : x.map((y) => elementwise(f)(y));
/** σ bound as a function, for entries that write σ(x). */
export const sigma: Fn = elementwise(sigmoid);
/** Row-wise softmax, the way the attention entries define it. */
export const softmaxFn: Fn = (z: Value) => {
  if (typeof z === 'number') return 1;
  return z.every((r) => typeof r === 'number') ? softmax(z) : z.map((r) => softmax(r as number[]));
};

/** Two confusion matrices, one balanced and one with no false negatives. */
export const confusion = [
  { TP: 8, FP: 2, FN: 4, TN: 6 },
  { TP: 1, FP: 9, FN: 0, TN: 3 },
];
export const withPR = confusion.map((c) => ({ ...c, Precision: c.TP / (c.TP + c.FP), Recall: c.TP / (c.TP + c.FN) }));

/** Numerically stable log(1 + e^x). */
export const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
/** The error function from its Maclaurin series, 2/√π Σ (−1)ⁿ x²ⁿ⁺¹ / (n! (2n + 1)); exact to ~1e-14 for |x| ≤ 4. */
export const erf = (x: number): number => {
  let term = x;
  let total = x;
  for (let n = 1; n < 200 && Math.abs(term) > 1e-17; n++) {
    term *= (-x * x) / n;
    total += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * total;
};
/** The standard normal CDF Φ, by Simpson's rule on the density from −12 to x (independent of erf). */
export const normalCdf = (x: number): number => {
  const lo = -12;
  const n = 20000;
  const h = (x - lo) / n;
  const pdf = (t: number) => Math.exp(-(t * t) / 2) / Math.sqrt(2 * Math.PI);
  let s = pdf(lo) + pdf(x);
  for (let k = 1; k < n; k++) s += (k % 2 === 1 ? 4 : 2) * pdf(lo + k * h);
  return (s * h) / 3;
};
/** f'(x) by a central difference, as an independent check of a derivative formula (compare with tolerance ≈ 1e-7). */
export const derivative = (f: (x: number) => number, x: number, h = 1e-5): number => (f(x + h) - f(x - h)) / (2 * h);
/** ∇f(x) by central differences, component by component (compare with tolerance ≈ 1e-7). */
export const gradient = (f: (x: number[]) => number, x: readonly number[], h = 1e-5): number[] =>
  x.map((_, k) => (f(x.map((v, j) => (j === k ? v + h : v))) - f(x.map((v, j) => (j === k ? v - h : v)))) / (2 * h));
/** The identity matrix, bound as the Kronecker delta δ_{ij}. */
export const identity = (n: number): number[][] =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/**
 * The same check on a rewritten block: for notation the evaluator cannot bind as written (a
 * second definition after `\qquad`, which equationSides cuts off; `\mathrm{P@}k`). Mutations
 * still apply to the entry's own LaTeX. Relations other than `=` are `where.relations`.
 */
export const rewritten = (v: Verification, rewrite: (latex: string) => string): Verification => ({
  ...v,
  disagreements: (latex) => v.disagreements(rewrite(latex)),
});
/** The part of a block after its `index`-th top-level `\qquad` (1-based), e.g. a definition stated alongside. */
export const afterQquad =
  (index = 1) =>
  (latex: string): string =>
    latex.split('\\qquad')[index] ?? '';

/** The determinant by cofactor expansion along the first row (small matrices only). */
export const det = (m: readonly (readonly number[])[]): number =>
  m.length === 0
    ? 1
    : sum((m[0] ?? []).map((x, j) => (j % 2 === 0 ? 1 : -1) * x * det(m.slice(1).map((r) => r.filter((_, k) => k !== j)))));
/** The inverse as adjugate / determinant (Cramer), independent of the evaluator's elimination. */
export const inverse = (m: readonly (readonly number[])[]): number[][] => {
  const d = det(m);
  const minor = (i: number, j: number) => m.filter((_, r) => r !== i).map((r) => r.filter((_, c) => c !== j));
  return m.map((_, i) => m.map((__, j) => (((i + j) % 2 === 0 ? 1 : -1) * det(minor(j, i))) / d));
};
export const matvec = (m: readonly (readonly number[])[], v: readonly number[]): number[] => m.map((r) => dot(r, v));
/** The density of N(μ, Σ) at x, from the definition (Bishop, PRML eq. 2.43). */
export const gaussianPdf = (x: readonly number[], mu: readonly number[], S: readonly (readonly number[])[]): number => {
  const d = x.map((v, i) => v - (mu[i] ?? NaN));
  return Math.exp(-0.5 * dot(d, matvec(inverse(S), d))) / Math.sqrt((2 * Math.PI) ** x.length * det(S));
};
