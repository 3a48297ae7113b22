import type { Fn, Value } from '../lib/latex-eval';

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
