import type { Value } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { dot, at, sum, rewritten } from './reference';

/** Pairs of points: mixed signs, orthogonal vectors, a zero vector, large magnitudes (for the kernels that stay finite). */
const pairs = [
  { x: [1, 2], x_prime: [3, -1] },
  { x: [1, 0, -2], x_prime: [0, 5, 0] },
  { x: [0, 0], x_prime: [-2, 4] },
  { x: [1e3, -2e3], x_prime: [3e3, 5e2] },
];
const sqDist = (x: readonly number[], y: readonly number[]) => sum(x.map((v, i) => (v - at(y, i + 1)) ** 2));
/** The inhomogeneous polynomial kernel by its binomial expansion Σ_k C(M, k) c^{M−k} ⟨x, x'⟩^k (Shawe-Taylor & Cristianini 2004, §9.1). */
const poly = (x: readonly number[], y: readonly number[], c: number, M: number) => {
  const choose = (k: number): number => (k === 0 ? 1 : (choose(k - 1) * (M - k + 1)) / k);
  return sum(Array.from({ length: M + 1 }, (_, k) => choose(k) * c ** (M - k) * dot(x, y) ** k));
};

/** Explicit degree-2 feature map of 2-D inputs: φ(x)·φ(x') = (x·x')² (Schölkopf & Smola 2002, §2.1). */
const phi = (v: readonly number[]): number[] => {
  const [a = NaN, b = NaN] = v;
  return [a * a, Math.SQRT2 * a * b, b * b];
};
const support = [
  [1, 2],
  [-1, 0.5],
  [2, -3],
];

export const verifications: Verification[] = [
  formula('linear-kernel', {}, pairs, ({ x, x_prime }) => sum(x.map((v, i) => v * at(x_prime, i + 1))), [
    ["\\mathbf{x}^\\top \\mathbf{x}'", '\\mathbf{x}^\\top \\mathbf{x}'],
  ]),
  formula(
    'polynomial-kernel',
    {},
    [
      { x: [1, 0, -2], x_prime: [0, 5, 1] },
      { x: [1e3, -2e3], x_prime: [3e3, 5e2] },
      { x: [1, 2], x_prime: [2, 1] },
    ].map((s) => ({ ...s, M: 2 })),
    // Degree 2 in 2-D and 3-D: the inner product of the explicit monomial features x_i x_j.
    ({ x, x_prime }) => sum(x.flatMap((a, i) => x.map((b, j) => a * b * at(x_prime, i + 1) * at(x_prime, j + 1)))),
    [['\\right)^{M}', '\\right)']],
  ),
  formula(
    'polynomial-kernel',
    { block: 1 },
    [
      { x: [1, 2], x_prime: [3, -1], c: 1, M: 3 },
      { x: [0, 0], x_prime: [1, 1], c: 2, M: 2 },
      { x: [1, -1], x_prime: [2, 0.5], c: 0, M: 4 },
    ],
    ({ x, x_prime, c, M }) => poly(x, x_prime, c, M),
    [["\\mathbf{x}' + c", "\\mathbf{x}' - c"]],
  ),
  formula(
    'rbf-kernel',
    {},
    [
      { x: [1, 2], x_prime: [0, -1], sigma: 0.7 },
      { x: [1, 2], x_prime: [1, 2], sigma: 3 },
      { x: [5, -5, 0], x_prime: [4, -3, 1], sigma: 10 },
    ],
    ({ x, x_prime, sigma: s }) => Math.exp(-sqDist(x, x_prime) / (2 * s * s)),
    [
      ['2 \\sigma^2', '\\sigma^2'],
      ['\\rVert_2^2', '\\rVert_2'],
    ],
  ),
  formula(
    'rbf-kernel',
    { block: 1 },
    [
      { x: [1, 2], x_prime: [0, -1], gamma: 1 / (2 * 0.49) },
      { x: [5, -5, 0], x_prime: [4, -3, 1], gamma: 0.01 },
    ],
    // scikit-learn's rbf_kernel: exp(−γ ‖x − x'‖²).
    ({ x, x_prime, gamma }) => Math.exp(-gamma * sqDist(x, x_prime)),
    [['-\\gamma', '\\gamma']],
  ),
  formula(
    'sigmoid-kernel',
    {},
    [
      { x: [1, 2], x_prime: [3, -1], gamma: 0.1, r: -0.5 },
      { x: [0, 0], x_prime: [3, -1], gamma: 0.1, r: 0.3 },
      { x: [1e3, 2e3], x_prime: [-3e3, 1e3], gamma: 1e-7, r: 0 },
    ],
    // scikit-learn's sigmoid_kernel: tanh(γ ⟨x, x'⟩ + r), with tanh = (e^{2t} − 1)/(e^{2t} + 1).
    ({ x, x_prime, gamma, r }) => {
      const t = gamma * dot(x, x_prime) + r;
      return (Math.exp(2 * t) - 1) / (Math.exp(2 * t) + 1);
    },
    [['\\gamma \\, \\mathbf{x}^\\top', '\\mathbf{x}^\\top']],
  ),
  formula(
    'svm-dual-problem',
    { block: 1 },
    [{ alpha: [0.5, 0, 0.2], y: [1, -1, -1], x: support, N: 3, phi: (v: Value) => phi(Array.isArray(v) ? v.map(Number) : [v]) }],
    // The weight vector in feature space, component by component: w_m = Σ_i α_i y_i φ_m(x_i).
    ({ alpha, y }) => [0, 1, 2].map((m) => sum(support.map((xi, i) => at(alpha, i + 1) * at(y, i + 1) * (phi(xi)[m] ?? NaN)))),
    [['\\alpha_i y_i \\phi', '\\alpha_i \\phi']],
  ),
  rewritten(
    formula(
      'svm-decision-function',
      {},
      [
        { q: [1, 1], b: -0.5 },
        { q: [0.5, -2], b: 1 },
        // A large negative bias flips the sign of the first point.
        { q: [1, 1], b: -40 },
        { q: [0.1, 0.1], b: 0.05 },
        // Near the negative support vector: its term outweighs the others and the sign is −1.
        { q: [-1, 0.3], b: -1.5 },
      ].map((s) => ({
        ...s,
        N: 3,
        alpha: [0.5, 1, 0.25],
        y: [1, -1, 1],
        x: support,
        K: (a: Value, c: Value) => dot(a as number[], c as number[]) ** 2,
        sign: (v: Value) => Math.sign(v as number),
      })),
      // The primal form in the explicit feature space of K(x, x') = (x·x')²: sign(wᵀφ(x) + b) with
      // w = Σ α_i y_i φ(x_i) (Schölkopf & Smola 2002, §7.4).
      ({ q, b, alpha, y }) => {
        const w = [0, 1, 2].map((m) => sum(support.map((xi, i) => at(alpha, i + 1) * at(y, i + 1) * (phi(xi)[m] ?? NaN))));
        return Math.sign(dot(w, phi(q)) + b);
      },
      [
        ['+ b', '- b'],
        ['\\alpha_i y_i K', '\\alpha_i K'],
      ],
    ),
    // The query point is bound as q, since x_i indexes the support vectors in x.
    (latex) => latex.replace('K(\\mathbf{x}_i, \\mathbf{x})', 'K(\\mathbf{x}_i, \\mathbf{q})'),
  ),
];
