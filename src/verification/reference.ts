import type { Fn, Scope, Value } from '../lib/latex-eval';
import type { Check } from '../lib/verification';

/**
 * Independent reference implementations and sample data shared by the entries' checks
 * (content/equations/<category>/<id>.check.ts): plain TypeScript, written from the
 * definitions, never from the entries' LaTeX. What only one entry uses lives in its check.
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
export const rewritten = (v: Check, rewrite: (latex: string) => string): Check => ({
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

// Shared by the activations checks.

/** PyTorch's ReLU6, min(max(0, x), 6). */
export const ReLU6 = elementwise((x) => Math.min(Math.max(0, x), 6));

/** ELU as torch.nn.ELU defines it (Clevert et al. 2016). */
export const elu = (x: number, alpha: number): number => (x > 0 ? x : alpha * Math.expm1(x));

// Shared by the attention checks.

/** Scaled dot-product attention (Vaswani et al. 2017, eq. 1), row by row: weights over the keys, then a weighted sum of values. */
export const attend = (Q: number[][], K: number[][], V: number[][], allowed: (i: number, j: number) => boolean = () => true): number[][] =>
  Q.map((q, i) => {
    const keys = K.map((_, j) => j).filter((j) => allowed(i, j));
    const w = softmax(keys.map((j) => dot(q, K[j] ?? []) / Math.sqrt(q.length)));
    return (V[0] ?? []).map((_, c) => keys.reduce((s, j, n) => s + (w[n] ?? NaN) * (V[j]?.[c] ?? NaN), 0));
  });

export const matVec = (W: readonly number[][], x: readonly number[]): number[] => W.map((r) => dot(r, x));

/** Layer normalisation without gain and bias (Ba et al. 2016), ε = 1e-5 as in torch.nn.LayerNorm. */
export const layerNorm = (x: readonly number[]): number[] => {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
  return x.map((v) => (v - mean) / Math.sqrt(variance + 1e-5));
};

export const sublayer = (x: readonly number[]): number[] => x.map((v, k) => Math.tanh(2 * v) + 0.1 * k);

export const fn =
  (f: (x: number[]) => number[]): Fn =>
  (x: Value) =>
    f(x as number[]);

export const Q = [
  [1, 0, 1],
  [0, 2, 0],
];

export const K = [
  [1, 1, 0],
  [0, 1, 1],
  [1, 0, 0],
  [2, 0, 1],
];

export const V = [
  [1, 0],
  [0, 1],
  [1, 1],
  [2, -1],
];

// Shared by the classical ml checks.

export const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

export const vec = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);

export const mat = (v: Value): number[][] => (Array.isArray(v) ? v.map(vec) : [[v]]);

export const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - at(b, i + 1));

export const sqDist = (a: readonly number[], b: readonly number[]) => sum(sub(a, b).map((v) => v * v));

/** Eigenpairs of a symmetric 2×2 matrix, largest first, unit eigenvectors (closed form). */
export const eig2 = (m: readonly number[][]): { values: number[]; vectors: number[][] } => {
  const [[a = NaN, b = NaN] = [], [, c = NaN] = []] = m;
  const r = Math.hypot((a - c) / 2, b);
  const values = [(a + c) / 2 + r, (a + c) / 2 - r];
  const vectors = values.map((l) => {
    const v = b !== 0 ? [b, l - a] : l === a ? [1, 0] : [0, 1];
    const n = Math.hypot(...v);
    return v.map((t) => t / n);
  });
  return { values, vectors };
};

/** Data with labels for the regression and classification models. */
export const X = [
  [1, 2],
  [0, -1],
  [3, 0.5],
  [-2, 1],
];

export const targets = [4, -1, 3.5, 0];

/** Two Gaussian components in 2-D for the mixture entries. */
export const mixture = {
  mu: [
    [0, 1],
    [2, -1],
  ],
  Sigma: [
    [
      [1, 0.3],
      [0.3, 0.5],
    ],
    [
      [2, 0],
      [0, 1],
    ],
  ],
  pi: [0.3, 0.7],
  K: 2,
  cal_N: ((x: Value, m: Value, S: Value) => gaussianPdf(vec(x), vec(m), mat(S))) as Fn,
};

export const mixtureDensity = (x: readonly number[]) =>
  sum(mixture.pi.map((p, k) => p * gaussianPdf(x, mixture.mu[k] ?? [], mixture.Sigma[k] ?? [])));

// Shared by the information theory checks.

/** Σ p log p with the convention 0 log 0 = 0 (natural log). */
export const plogp = (ps: readonly number[]): number => sum(ps.map((v) => (v === 0 ? 0 : v * Math.log(v))));

export const entropy = (ps: readonly number[]): number => -plogp(ps);

export const kl = (p: readonly number[], q: readonly number[]): number =>
  sum(p.map((v, i) => (v === 0 ? 0 : v * Math.log(v / (q[i] ?? NaN)))));

/** Distributions over the outcomes 𝒳 = {1, 2, 3}, bound as functions p(x) and q(x). */
export const pairs = [
  { p: [0.2, 0.5, 0.3], q: [0.1, 0.1, 0.8] },
  { p: [0.98, 0.01, 0.01], q: [1 / 3, 1 / 3, 1 / 3] },
  { p: [0.25, 0.25, 0.5], q: [0.25, 0.25, 0.5] },
];

export const outcomes = [1, 2, 3];

export const informationTheoryFn =
  (ps: readonly number[]): Fn =>
  (x: Value) =>
    ps[Number(x) - 1] ?? NaN;

/**
 * A joint distribution of X ∈ {1, 2} (rows) and Y ∈ {11, 12, 13} (columns); the outcomes are
 * labelled apart, so p(v) knows which marginal to take. X and Y themselves are bound as the
 * variable ids 1 and 2 for H(X), H(X, Y) and H(X ∣ Y).
 */
export const joint = [
  [0.1, 0.2, 0.15],
  [0.25, 0.05, 0.25],
];

export const xs = [1, 2];

export const ys = [11, 12, 13];

export const cell = (a: number, b: number): number => {
  const [x, y] = a < 10 ? [a, b] : [b, a];
  return joint[x - 1]?.[y - 11] ?? NaN;
};

export const marginalX = joint.map((r) => sum(r));

export const marginalY = ys.map((_, j) => sum(joint.map((r) => r[j] ?? NaN)));

export const marginal = (v: number): number => (v < 10 ? (marginalX[v - 1] ?? NaN) : (marginalY[v - 11] ?? NaN));

export const p: Fn = (...vs: Value[]) => (vs.length === 1 ? marginal(Number(vs[0])) : cell(Number(vs[0]), Number(vs[1])));

export const pGiven: Fn = (a: Value, b: Value) => cell(Number(a), Number(b)) / marginal(Number(b));

export const H_XY = entropy(joint.flat());

export const [H_X, H_Y] = [entropy(marginalX), entropy(marginalY)];

/** H(A ∣ B) = −Σ p(a, b) log p(a ∣ b) for A the variable with id a and B the other one (Cover & Thomas, eq. 2.10). */
export const conditional = (a: number): number => {
  const [as, bs] = a === 1 ? [xs, ys] : [ys, xs];
  return -sum(as.flatMap((u) => bs.map((w) => cell(u, w) * Math.log(cell(u, w) / marginal(w)))));
};

export const H: Fn = (...vs: Value[]) => (vs.length === 2 ? H_XY : Number(vs[0]) === 1 ? H_X : H_Y);

export const H_given: Fn = (a: Value) => conditional(Number(a));

export const variables = { X: 1, Y: 2, cal_X: xs, cal_Y: ys, p, p_given: pGiven, H, H_given };

// Shared by the kernel methods checks.

/** Explicit degree-2 feature map of 2-D inputs: φ(x)·φ(x') = (x·x')² (Schölkopf & Smola 2002, §2.1). */
export const phi = (v: readonly number[]): number[] => {
  const [a = NaN, b = NaN] = v;
  return [a * a, Math.SQRT2 * a * b, b * b];
};

export const support = [
  [1, 2],
  [-1, 0.5],
  [2, -3],
];

// Shared by the losses checks.

export const logSumExp = (xs: readonly number[]): number => {
  const m = Math.max(...xs);
  return m + Math.log(sum(xs.map((x) => Math.exp(x - m))));
};

export const lossesVec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);

/** A small linear embedding f(x) = Wx, bound as the network of the metric-learning losses. */
export const W = [
  [1, 0.5, 0],
  [0, -1, 2],
];

export const embed = (x: readonly number[]): number[] => W.map((r) => dot(r, x));

export const f: Fn = (x) => embed(lossesVec(x));

// Shared by the metrics checks.

export const nums = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);

/** Label vectors that realise a binary confusion matrix (1 = positive). */
export const labels = (c: { TP: number; FP: number; FN: number; TN: number }) => {
  const rep = (n: number, y: number, p: number) => Array.from({ length: n }, () => [y, p] as const);
  const pairs = [...rep(c.TP, 1, 1), ...rep(c.FP, 0, 1), ...rep(c.FN, 1, 0), ...rep(c.TN, 0, 0)];
  return { y: pairs.map(([y]) => y), yHat: pairs.map(([, p]) => p) };
};

/** The contingency table n_ij of two labelings (rows: classes of u, columns: classes of v) and its margins. */
export const contingency = (u: readonly number[], v: readonly number[]) => {
  const ru = [...new Set(u)].sort((a, b) => a - b);
  const cv = [...new Set(v)].sort((a, b) => a - b);
  const n = ru.map((a) => cv.map((b) => u.filter((x, i) => x === a && v[i] === b).length));
  return { n, a: n.map((r) => sum(r)), b: cv.map((_, j) => sum(n.map((r) => r[j] ?? 0))), N: u.length, R: ru.length, C: cv.length };
};

/** Regression data for R², adjusted R², explained variance: a good fit, a poor one (R² < 0) and large magnitudes. */
export const regression = [
  { y: [3, -1, 2, 7, 5, 0], hat_y: [2.5, 0, 2, 8, 4, 0.5], p: 2 },
  { y: [1, 2, 3, 4], hat_y: [4, 1, 4, 1], p: 1 },
  { y: [1e6, 2e6, 4e6, 3e6, 5e6], hat_y: [1.1e6, 2.1e6, 3.8e6, 3.3e6, 4.9e6], p: 1 },
];

export const ss = ({ y, hat_y }: { y: number[]; hat_y: number[] }) => ({
  res: sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)),
  tot: sum(y.map((v) => (v - mean(y)) ** 2)),
});

/** Graded relevances of a ranking, with zeros and ties. */
export const rankings = [
  { rel: [3, 2, 0, 1, 2], k: 5 },
  { rel: [0, 1, 3], k: 2 },
];

export const dcg = (rel: readonly number[], k: number, gain: (r: number) => number) =>
  sum(rel.slice(0, k).map((r, i) => gain(r) / Math.log2(i + 2)));

/** Binary relevance of three ranked result lists: hits early, hits late, and a query with no relevant result retrieved. */
export const queries = [
  [1, 0, 1, 0, 0],
  [0, 0, 0, 1],
  [0, 0, 0],
];

/** Relevant documents per query (some never retrieved: query 2 has 2, query 3 has 1). */
export const relevantCount = [2, 2, 1];

/**
 * Average precision as the area under the step precision–recall curve, Σ_n (R_n − R_{n−1}) P_n over the cut-offs
 * (scikit-learn's average_precision_score), with recall relative to every relevant document of the query.
 */
export const apOf = (rel: readonly number[], relevant: number): number => {
  let [area, prevRecall, hits] = [0, 0, 0];
  rel.forEach((r, n) => {
    hits += r;
    const recall = hits / relevant;
    area += (recall - prevRecall) * (hits / (n + 1));
    prevRecall = recall;
  });
  return area;
};

// Shared by the normalization checks.

/** The biased (population) variance, as batch/layer/instance/group norm use for normalising. */
export const variance = (xs: readonly number[]): number => mean(xs.map((x) => (x - mean(xs)) ** 2));

export const standardise = (xs: readonly number[], epsilon: number): number[] =>
  xs.map((x) => (x - mean(xs)) / Math.sqrt(variance(xs) + epsilon));

export const unit = (v: readonly number[]): number[] => v.map((x) => x / norm(v));

/** A deterministic 2 × 4 × 2 × 2 activation tensor (N, C, H, W) with negative and positive values. */
export const tensor = [0, 1].map((n) =>
  [0, 1, 2, 3].map((c) => [0, 1].map((h) => [0, 1].map((w) => (((n + 2) * (c + 3) * (h + 1) + 5 * w) % 7) - 2.5))),
);

export const columns = (x: readonly number[][]): number[][] => T(x.map((r) => [...r]));

// Shared by the optimization checks.

export const row = (m: readonly (readonly number[])[], k: number): readonly number[] => m[k] ?? [];

export const optimizationVec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);

/** A convex quadratic objective L(θ) = ½ θᵀAθ − bᵀθ; its minimiser solves Aθ = b. */
export const A = [
  [3, 1],
  [1, 2],
];

export const b = [1, -1];

export const loss = (theta: readonly number[]): number =>
  0.5 *
    dot(
      theta,
      matmul(
        A,
        theta.map((x) => [x]),
      ).map((r) => r[0] ?? NaN),
    ) -
  dot(b, theta);

/** ∇L bound in the scope as its closed form Aθ − b; the references differentiate L numerically instead. */
export const grad: Fn = (theta) => {
  const t = optimizationVec(theta);
  return A.map((r, k) => dot(r, t) - (b[k] ?? NaN));
};

/**
 * Momentum and Nesterov momentum share their samples and their two rows: v_{t+1} is read as
 * the (t+1)-th element of v, so the second row gets v = (v_t, v_{t+1}) with t = 1.
 */
export const momentumSamples = [
  { t: 1, mu: 0.9, eta: 0.1, theta_t: [1, 2], v_t: [0.5, -0.5], nabla_theta_cal_L: grad },
  { t: 1, mu: 0.5, eta: 0.05, theta_t: [-3, 0], v_t: [0, 0], nabla_theta_cal_L: grad },
];
export const momentumSteps = (
  [vRow = '', thetaRow = '']: string[],
  s: (typeof momentumSamples)[number],
  ev: (latex: string, scope: Scope) => Value,
): Record<string, Value> => {
  const v_next = ev(vRow, s);
  return { v_next, theta_next: ev(thetaRow, { ...s, v: [s.v_t, v_next] }) };
};

// Shared by the probability checks.

/**
 * A die with six faces ω of unequal probability, and events as sets of faces. Events are bound by
 * id: P(a) is the probability of event a, P(a ∣ b) = P(a ∩ b) / P(b) by the definition of
 * conditional probability (Kolmogorov).
 */
export const faces = [0.1, 0.2, 0.15, 0.25, 0.2, 0.1];

export const EVENTS: Record<number, number[]> = { 1: [1, 2, 3], 2: [2, 4, 5], 11: [1, 2], 12: [3, 4], 13: [5, 6] };

export const prob = (omegas: readonly number[]): number => sum(omegas.map((w) => faces[w - 1] ?? NaN));

export const event = (v: Value): number[] => EVENTS[Number(v)] ?? [];

export const both = (a: Value, b: Value): number[] => event(a).filter((w) => event(b).includes(w));

export const P: Fn = (e: Value) => prob(event(e));

export const P_given: Fn = (a: Value, b: Value) => prob(both(a, b)) / prob(event(b));

export const dice = { A: 1, B: 2, P, P_given };

export const series = [
  { x: [1, 2, 4], y: [2, 1, 5] },
  { x: [-3, 0, 2, 8, 1], y: [6, 1, 0, -9, 2] },
  { x: [1e6, 2e6, 3e6], y: [5, 4, 4.5] },
];

// Shared by the regularization checks.

export const regularizationVec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);

/** An unregularised objective J(w): the mean squared error of a linear model on three points. */
export const data = {
  X: [
    [1, 2],
    [0, -1],
    [3, 1],
  ],
  y: [1, 0, 2],
};

export const mse = (w: readonly number[]): number => sum(data.X.map((x, i) => (dot(w, x) - at(data.y, i + 1)) ** 2)) / data.X.length;

export const J: Fn = (w) => mse(regularizationVec(w));

/** ∇J in closed form, (2/n) Xᵀ(Xw − y), bound as the gradient; the references differentiate numerically. */
export const gradJ: Fn = (w) => {
  const r = data.X.map((x, i) => dot(regularizationVec(w), x) - at(data.y, i + 1));
  return [0, 1].map((k) => (2 / data.X.length) * sum(data.X.map((x, i) => (x[k] ?? NaN) * at(r, i + 1))));
};

// Shared by the reinforcement learning checks.

export const gamma = 0.9;

/** A tabular Q over states 1..3 and actions 1..2. */
export const table = [
  [0.5, -1],
  [2, 0.25],
  [-0.5, 1.5],
];

export const reinforcementLearningQ = (s: Value, a: Value): number => table[(s as number) - 1]?.[(a as number) - 1] ?? NaN;

export const reinforcementLearningV = (s: Value): number => [0.5, 2, -1][(s as number) - 1] ?? NaN;

/** A tabular policy π(a | s) over states 1..3 and actions 1..2 (rows sum to 1), and an older one for PPO's ratio. */
export const policy = [
  [0.2, 0.8],
  [0.5, 0.5],
  [0.9, 0.1],
];

// Shared by the sequence models checks.

/** A fixed r×c sample matrix with mixed signs (entries sin(seed + 3i + 7j), rounded to 2 digits). */
export const grid = (r: number, c: number, seed: number): number[][] =>
  Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => Math.round(100 * Math.sin(seed + 3 * i + 7 * j)) / 100));

export const sequenceModelsVec = (n: number, seed: number): number[] => grid(1, n, seed)[0] ?? [];

/** W x + U h + b, the affine pre-activation of a recurrent unit. */
export const affine = (W: number[][], x: number[], U: number[][], h: number[], b: number[]): number[] =>
  W.map((row, k) => dot(row, x) + dot(U[k] ?? [], h) + (b[k] ?? NaN));

export const x_t = [1, -0.5];

export const hPrev = [0.2, -0.1, 0.4];

// Shared by the similarity checks.

/** Pairs of vectors: mixed signs, a zero coordinate, large magnitudes. */
export const similarityPairs = [
  { x: [1, 2, 3], y: [-1, 0.5, 2] },
  { x: [0, -4, 2.5, 1], y: [3, -4, -1, 0] },
  { x: [1e6, -2e6], y: [3e6, 5e5] },
];

export const diff = (x: readonly number[], y: readonly number[]) => x.map((v, i) => v - at(y, i + 1));

/** Levenshtein distance between two sequences (here: arrays of words): the fewest substitutions, deletions and insertions. */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
