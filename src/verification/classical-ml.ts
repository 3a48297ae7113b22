import type { Fn, Value } from '../lib/latex-eval';
import { chain, formula, type Verification } from '../lib/verification';
import {
  sum,
  dot,
  at,
  T,
  matmul,
  sigma,
  sigmoid,
  softmax,
  inverse,
  matvec,
  gaussianPdf,
  derivative,
  afterQquad,
  rewritten,
} from './reference';

const mean = (xs: readonly number[]): number => sum(xs) / xs.length;
const vec = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);
const mat = (v: Value): number[][] => (Array.isArray(v) ? v.map(vec) : [[v]]);
const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - at(b, i + 1));
const sqDist = (a: readonly number[], b: readonly number[]) => sum(sub(a, b).map((v) => v * v));

/** Eigenpairs of a symmetric 2×2 matrix, largest first, unit eigenvectors (closed form). */
const eig2 = (m: readonly number[][]): { values: number[]; vectors: number[][] } => {
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
/** SVD of a 2×2 matrix from the eigenpairs of AᵀA: V's columns, σ = √λ, U's columns Av/σ. */
const svd2 = (A: number[][]) => {
  const {
    values,
    vectors: [v1 = [], v2 = []],
  } = eig2(matmul(T(A), A));
  // V a rotation (det +1) rather than a reflection, so that V ≠ Vᵀ.
  const vectors = (v1[0] ?? NaN) * (v2[1] ?? NaN) - (v1[1] ?? NaN) * (v2[0] ?? NaN) < 0 ? [v1, v2.map((t) => -t)] : [v1, v2];
  const s = values.map(Math.sqrt);
  const u = vectors.map((v, j) => matvec(A, v).map((t) => t / (s[j] ?? NaN)));
  return { s, u, v: vectors };
};

/** Data with labels for the regression and classification models. */
const X = [
  [1, 2],
  [0, -1],
  [3, 0.5],
  [-2, 1],
];
const labels01 = [1, 0, 1, 0];
const targets = [4, -1, 3.5, 0];
/** The Bernoulli log-likelihood of logistic regression, from the model P(y = 1 | x) = σ(wᵀx + b). */
const logLik = (w: readonly number[], b: number) =>
  sum(X.map((x, i) => (at(labels01, i + 1) === 1 ? Math.log(sigmoid(dot(w, x) + b)) : Math.log(1 - sigmoid(dot(w, x) + b)))));
const wLog = [0.5, -0.3];
const bLog = 0.2;
const hatY = X.map((x) => sigmoid(dot(wLog, x) + bLog));

/** Two Gaussian components in 2-D for the mixture entries. */
const mixture = {
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
const mixtureDensity = (x: readonly number[]) =>
  sum(mixture.pi.map((p, k) => p * gaussianPdf(x, mixture.mu[k] ?? [], mixture.Sigma[k] ?? [])));

/** Gini impurity of a label list: the probability that two draws with replacement disagree. */
const gini = (ys: readonly number[]) => {
  let disagree = 0;
  for (const a of ys) for (const b of ys) if (a !== b) disagree++;
  return disagree / (ys.length * ys.length);
};

/** k-means data: four points, two centroids, hard assignments. */
const kmeans = {
  x: [
    [0, 0],
    [1, 1],
    [4, 4],
    [5, 3],
  ],
  mu: [
    [0, 0.5],
    [4, 3.5],
  ],
  r: [
    [1, 0],
    [1, 0],
    [0, 1],
    [0, 1],
  ],
};

/** Responsibilities γ_ik of N = 4 points for K = 2 components (rows sum to 1), with a near-hard and a split point. */
const gmm = {
  x: [
    [0, 1],
    [2, -1],
    [3, 3],
    [-1, 0.5],
  ],
  gamma: [
    [0.9, 0.1],
    [0.25, 0.75],
    [0.001, 0.999],
    [0.5, 0.5],
  ],
  N: 4,
};
/** The M step of EM for a GMM (Bishop, PRML eqs. 9.24–9.27), by accumulating weighted moments point by point. */
const mStep = (x: number[][], gamma: number[][], k: number) => {
  const w = gamma.map((r) => r[k - 1] ?? NaN);
  const Nk = sum(w);
  const d = x[0]?.length ?? 0;
  const mu = Array.from({ length: d }, (_, a) => sum(x.map((p, i) => (w[i] ?? NaN) * (p[a] ?? NaN))) / Nk);
  const Sigma = Array.from({ length: d }, (_, a) =>
    Array.from(
      { length: d },
      (_, b) => sum(x.map((p, i) => (w[i] ?? NaN) * ((p[a] ?? NaN) - (mu[a] ?? NaN)) * ((p[b] ?? NaN) - (mu[b] ?? NaN)))) / Nk,
    ),
  );
  return { Nk, mu, Sigma, pi: Nk / x.length };
};

/** Points on both sides of the boundary: the rule fires only when y_i (wᵀx_i + b) ≤ 0. */
const perceptronSamples = [
  { w: [0.5, -1], b: 0.25, x: [[1, 2]], y: [1], i: 1, eta: 0.1 },
  { w: [0.5, -1], b: 0.25, x: [[3, 1]], y: [-1], i: 1, eta: 1 },
  // On the boundary (margin exactly 0), which counts as a mistake.
  { w: [1, 1], b: 0, x: [[1, -1]], y: [1], i: 1, eta: 0.5 },
];

/** Three regression stumps h_1..h_3 on scalar inputs, their line-search steps ρ_m and F_0 = the mean target 1.5. */
const stumps = [(x: number) => (x < 0 ? -1 : 2), (x: number) => (x < 1 ? 0.5 : -0.5), (x: number) => (x < -1 ? 3 : 0)];
const rhos = [0.8, 1.2, -0.4];
/** scikit-learn's staged_predict: F_m(x) = F_0 + η Σ_{k ≤ m} ρ_k h_k(x), the additive expansion (Friedman 2001, Algorithm 1). */
const staged = (x: number, m: number, eta: number): number => 1.5 + eta * sum(stumps.slice(0, m).map((h, k) => (rhos[k] ?? NaN) * h(x)));

export const verifications: Verification[] = [
  formula(
    'gini-impurity',
    {},
    [
      { p: [0.2, 0.5, 0.3], K: 3 },
      { p: [1, 0], K: 2 },
      { p: [0.25, 0.25, 0.25, 0.25], K: 4 },
    ],
    // The probability that two labels drawn independently from p differ (Breiman et al. 1984).
    ({ p }) => sum(p.flatMap((a, i) => p.map((b, j) => (i === j ? 0 : a * b)))),
    [
      ['p_k \\left( 1 - p_k \\right)', '\\left( 1 - p_k \\right)'],
      ['p_k^2', 'p_k'],
    ],
  ),
  formula(
    'gini-impurity',
    { block: 1 },
    [
      { D: [1, 1, 2, 2, 2, 3], D_L: [1, 1, 2], D_R: [2, 2, 3] },
      { D: [0, 0, 1, 1], D_L: [0, 0], D_R: [1, 1] },
    ].map((s) => ({ ...s, N: s.D.length, N_L: s.D_L.length, N_R: s.D_R.length, G: (v: Value) => gini(vec(v)) })),
    // scikit-learn's impurity decrease for one split, from the label lists.
    ({ D, D_L, D_R }) => gini(D) - (D_L.length / D.length) * gini(D_L) - (D_R.length / D.length) * gini(D_R),
    [['\\frac{N_{\\mathrm{L}}}{N} G(D_{\\mathrm{L}})', 'G(D_{\\mathrm{L}})']],
  ),
  formula(
    'information-gain',
    { block: 1 },
    [
      { p: [0.25, 0.75], K: 2 },
      { p: [0.5, 0.25, 0.125, 0.125], K: 4 },
    ],
    // Shannon entropy in bits as the expected code length: Σ p log₂(1/p).
    ({ p }) => sum(p.map((v) => v * Math.log2(1 / v))),
    [
      ['-\\sum', '\\sum'],
      ['\\log_2 p_k', '\\log p_k'],
    ],
  ),
  formula(
    'linear-regression',
    {},
    [
      { w: [1, -2], x: [3, 4], b: 0.5, d: 2 },
      { w: [0, 0, 0], x: [1, 2, 3], b: -1, d: 3 },
    ],
    ({ w, x, b }) => sum(w.map((v, j) => v * at(x, j + 1))) + b,
    [['\\mathbf{x} + b', '\\mathbf{x} - b']],
  ),
  formula(
    'linear-regression',
    { block: 1 },
    [{ w: [0.5, 1], b: -0.5, x: X, y: targets, N: X.length }],
    // The mean squared residual of the predictions.
    ({ w, b, x, y }) => mean(x.map((xi, i) => (at(y, i + 1) - (dot(w, xi) + b)) ** 2)),
    [['\\frac{1}{N} \\sum', '\\sum']],
  ),
  formula(
    'logistic-regression',
    {},
    [
      { w: [1, -2], x: [0.5, 1], b: 0.3, sigma },
      { w: [10, 20], x: [3, 4], b: -5, sigma },
      { w: [0, 0], x: [1, 1], b: 0, sigma },
    ],
    ({ w, x, b }) => {
      const z = dot(w, x) + b;
      return Math.exp(z) / (1 + Math.exp(z)); // the odds e^z over 1 + e^z
    },
    [['-\\left( \\mathbf{w}^\\top', '\\left( \\mathbf{w}^\\top']],
  ),
  formula('logistic-regression-log-likelihood', {}, [{ y: labels01, hat_y: hatY, N: X.length }], () => logLik(wLog, bLog), [
    ['(1 - y_i) \\log \\left( 1 - \\hat{y}_i \\right)', '(1 - y_i) \\log \\left( \\hat{y}_i \\right)'],
  ]),
  rewritten(
    formula(
      'logistic-regression-log-likelihood',
      {},
      [1, 2, 3, 4].map((i) => ({ i, hat_y: hatY, w: wLog, x: X, b: bLog, sigma })),
      ({ i }) => at(hatY, i),
    ),
    afterQquad(1),
  ),
  formula(
    'logistic-regression-log-likelihood',
    { block: 1, tolerance: 1e-7 },
    [{ y: labels01, hat_y: hatY, x: X, N: X.length }],
    // ∇_w ℓ by central differences of the log-likelihood.
    () =>
      wLog.map((_, j) =>
        derivative(
          (t) =>
            logLik(
              wLog.map((v, m) => (m === j ? t : v)),
              bLog,
            ),
          at(wLog, j + 1),
        ),
      ),
    [['\\left( y_i - \\hat{y}_i \\right) \\mathbf{x}_i', '\\left( \\hat{y}_i - y_i \\right) \\mathbf{x}_i']],
  ),
  rewritten(
    formula('logistic-regression-log-likelihood', { block: 1, tolerance: 1e-7 }, [{ y: labels01, hat_y: hatY, N: X.length }], () =>
      derivative((t) => logLik(wLog, t), bLog),
    ),
    afterQquad(1),
  ),
  formula(
    'softmax-regression',
    { sides: [1] },
    [1, 2, 3].map((k) => ({
      k,
      K: 3,
      x: [0.5, -1],
      w: [
        [1, 2],
        [0, 1],
        [-1, 0],
      ],
      b: [0, 1, 2],
    })),
    ({ k, x, w, b }) => at(softmax(w.map((wk, j) => dot(wk, x) + at(b, j + 1))), k),
    [['\\mathbf{w}_j^\\top \\mathbf{x} + b_j', '\\mathbf{w}_j^\\top \\mathbf{x} + b_k']],
  ),
  ...(() => {
    // OLS on X with an intercept column: the normal equations solved by the adjugate inverse.
    const A = X.map((r) => [1, ...r]);
    const w = matvec(inverse(matmul(T(A), A)), matvec(T(A), targets));
    return [
      formula('ordinary-least-squares', { block: 1 }, [{ X: A, y: targets }], () => w, [['^{-1}', '']]),
      // At the solution the residual is orthogonal to the columns: XᵀX ŵ = Xᵀy.
      formula('ordinary-least-squares', { sides: [0, 1] }, [{ X: A, y: targets, hat_w: w }], () => matvec(T(A), targets), [
        ['\\, \\hat{\\mathbf{w}}', ''],
      ]),
    ];
  })(),
  formula(
    'ridge-regression-closed-form',
    { block: 1 },
    [0, 0.5, 10].map((lambda) => ({
      X,
      y: targets,
      lambda,
      I: [
        [1, 0],
        [0, 1],
      ],
    })),
    // Ridge as least squares on X stacked over √λ I, with zeros appended to y (Hoerl & Kennard 1970).
    ({ lambda }) => {
      const A = [...X, [Math.sqrt(lambda), 0], [0, Math.sqrt(lambda)]];
      const y = [...targets, 0, 0];
      return matvec(inverse(matmul(T(A), A)), matvec(T(A), y));
    },
    [['+ \\lambda \\mathbf{I}', '']],
  ),
  formula(
    'k-means',
    {},
    [{ ...kmeans, N: 4, K: 2 }],
    // The within-cluster sum of squared distances of each point to its own centroid.
    ({ x, mu, r }) => sum(x.map((xi, i) => sqDist(xi, mu[(r[i] ?? []).indexOf(1)] ?? []))),
    [['\\rVert_2^2', '\\rVert_2']],
  ),
  formula(
    'k-means',
    { block: 2 },
    [1, 2].map((k) => ({ x: kmeans.x, r: kmeans.r, N: 4, k })),
    // The mean of the points assigned to cluster k.
    ({ x, r, k }) => {
      const members = x.filter((_, i) => r[i]?.[k - 1] === 1);
      return [0, 1].map((j) => mean(members.map((m) => m[j] ?? NaN)));
    },
    [['{\\sum_{i=1}^{N} r_{ik}}', '{N}']],
  ),
  formula(
    'principal-component-analysis',
    {},
    [
      {
        x: [
          [1, 2],
          [3, 0],
          [2, 4],
        ],
        bar_x: [2, 2],
        N: 3,
      },
    ],
    // The maximum-likelihood covariance (numpy.cov with bias=True), entry by entry.
    ({ x, bar_x }) =>
      [0, 1].map((j) => [0, 1].map((k) => mean(x.map((r) => ((r[j] ?? NaN) - at(bar_x, j + 1)) * ((r[k] ?? NaN) - at(bar_x, k + 1)))))),
    [['\\frac{1}{N} \\sum', '\\frac{1}{N - 1} \\sum']],
  ),
  ...[1, 2].map((j) => {
    const S = [
      [2, 0.8],
      [0.8, 1],
    ];
    const { values, vectors } = eig2(S);
    return formula(
      'principal-component-analysis',
      { block: 1, sides: [0, 1] },
      [{ S, u: vectors, lambda: values, j }],
      () => (vectors[j - 1] ?? []).map((t) => t * at(values, j)),
      [['\\lambda_j \\mathbf{u}_j', '\\mathbf{u}_j']],
    );
  }),
  formula(
    'principal-component-analysis',
    { block: 2 },
    [1, 2, 3].map((i) => ({
      i,
      x: [
        [1, 2],
        [3, 0],
        [2, 4],
      ],
      bar_x: [2, 2],
      U_M: [[0.6], [0.8]],
    })),
    // The coordinate of the centred point along the unit vector u₁ = (0.6, 0.8).
    ({ i, x, bar_x }) => [dot([0.6, 0.8], sub(x[i - 1] ?? [], bar_x))],
    [['\\left( \\mathbf{x}_i - \\bar{\\mathbf{x}} \\right)', '\\mathbf{x}_i']],
  ),
  ...[
    [
      [3, 1],
      [-1, 2],
    ],
    [
      [0, -2],
      [1, 0],
    ],
  ].flatMap((A) => {
    const { s, u, v } = svd2(A);
    return [
      formula(
        'singular-value-decomposition',
        {},
        [{ A, U: T(u), Sigma: s.map((x, j) => s.map((_, k) => (j === k ? x : 0))), V: T(v) }],
        () => A,
        [['\\mathbf{V}^\\top', '\\mathbf{V}']],
      ),
      formula('singular-value-decomposition', { block: 1 }, [{ A, s, u, v, r: s.filter((x) => x > 1e-12).length }], () => A, [
        ['\\mathbf{u}_j \\mathbf{v}_j^\\top', '\\mathbf{v}_j \\mathbf{u}_j^\\top'],
      ]),
    ];
  }),
  formula(
    'gaussian-naive-bayes',
    {},
    [
      { j: 1, k: 2 },
      { j: 2, k: 1 },
    ].map((s) => ({
      ...s,
      x: [1.5, -2],
      mu: [
        [0, 1],
        [-1, 3],
      ],
      sigma: [
        [1, 0.5],
        [2, 1.5],
      ],
    })),
    ({ x, mu, sigma: sd, j, k }) => gaussianPdf([at(x, j)], [mu[j - 1]?.[k - 1] ?? NaN], [[(sd[j - 1]?.[k - 1] ?? NaN) ** 2]]),
    [['2 \\pi \\sigma_{jk}^2', '2 \\pi \\sigma_{jk}']],
  ),
  formula(
    'em-gmm-e-step',
    {},
    [1, 2].flatMap((i) => [1, 2].map((k) => ({ ...mixture, i, k, x: X }))),
    // The posterior of component k by Bayes' rule: π_k N(x | k) / p(x).
    ({ i, k, x }) =>
      ((mixture.pi[k - 1] ?? NaN) * gaussianPdf(x[i - 1] ?? [], mixture.mu[k - 1] ?? [], mixture.Sigma[k - 1] ?? [])) /
      mixtureDensity(x[i - 1] ?? []),
    [['\\frac{\\pi_k \\, \\mathcal{N}', '\\frac{\\mathcal{N}']],
  ),
  formula(
    'gaussian-mixture-model',
    {},
    [
      [0.5, 0],
      [-3, 2],
    ].map((x) => ({ ...mixture, x })),
    ({ x }) => mixtureDensity(x),
    [['\\pi_k \\, \\mathcal{N}', '\\mathcal{N}']],
  ),
  formula(
    'gaussian-mixture-model',
    { block: 1 },
    [{ ...mixture, x: X, N: X.length }],
    () => sum(X.map((x) => Math.log(mixtureDensity(x)))),
    [['\\pi_k \\, \\mathcal{N}', '\\mathcal{N}']],
  ),
  ...(() => {
    // Two classes in 2-D; Fisher's criterion is the squared distance of the projected means over the projected scatter.
    const classes = [
      [
        [1, 2],
        [2, 3],
        [3, 3],
      ],
      [
        [6, 5],
        [7, 8],
        [8, 6],
      ],
    ];
    const mu = classes.map((c) => [0, 1].map((j) => mean(c.map((x) => x[j] ?? NaN))));
    const [m1 = [], m2 = []] = mu;
    const d = sub(m2, m1);
    const S_B = d.map((a) => d.map((b) => a * b));
    const S_W = [0, 1].map((j) =>
      [0, 1].map((k) =>
        sum(classes.flatMap((c, ci) => c.map((x) => ((x[j] ?? NaN) - (mu[ci]?.[j] ?? NaN)) * ((x[k] ?? NaN) - (mu[ci]?.[k] ?? NaN))))),
      ),
    );
    const projected = (w: readonly number[]) => {
      const proj = classes.map((c) => c.map((x) => dot(w, x)));
      const pm = proj.map(mean);
      return ((pm[1] ?? NaN) - (pm[0] ?? NaN)) ** 2 / sum(proj.flatMap((p, ci) => p.map((t) => (t - (pm[ci] ?? NaN)) ** 2)));
    };
    return [
      formula(
        'fisher-linear-discriminant',
        {},
        [
          [1, 0],
          [1, -1],
          [0.3, 2],
        ].map((w) => ({ w, S_B, S_W })),
        ({ w }) => projected(w),
        [['{\\mathbf{w}^\\top \\mathbf{S}_{\\mathrm{W}} \\mathbf{w}}', '{\\mathbf{w}^\\top \\mathbf{w}}']],
      ),
      formula('fisher-linear-discriminant', { block: 1 }, [{ mu }], () => S_B, [['\\right)^\\top, \\qquad', '\\right), \\qquad']]),
      rewritten(
        formula(
          'fisher-linear-discriminant',
          { block: 1 },
          [
            {
              mu,
              x: classes.flat(),
              cal_C: [
                [1, 2, 3],
                [4, 5, 6],
              ],
            },
          ],
          () => S_W,
          [['\\sum_{k=1}^{2}', '\\sum_{k=1}^{1}']],
        ),
        afterQquad(1),
      ),
    ];
  })(),
  formula(
    'k-nearest-neighbors',
    { block: 1 },
    [1, 3].map((k) => ({
      k,
      x: [0.5, 0.8],
      y: targets,
      // The indices of the k training points of X closest to the query.
      cal_N_k: (q: Value) =>
        X.map((xi, i) => ({ i: i + 1, d: sqDist(xi, vec(q)) }))
          .sort((a, b) => a.d - b.d)
          .slice(0, k)
          .map((n) => n.i),
    })),
    // The query's neighbours by brute force: the mean target of every point within the k-th smallest distance.
    ({ k, x }) => {
      const ds = X.map((xi) => sqDist(xi, x));
      const cutoff = [...ds].sort((a, b) => a - b)[k - 1] ?? NaN;
      return mean(targets.filter((_, i) => (ds[i] ?? NaN) <= cutoff));
    },
    [['\\frac{1}{k}', '']],
  ),
  rewritten(
    chain(
      'perceptron-update',
      { relations: ['\\leftarrow'] },
      perceptronSamples,
      ([wRow = '', bRow = ''], s, ev) => ({ w: ev(wRow, s), b: ev(bRow, s) }),
      // Rosenblatt's rule on a mistake (Bishop, PRML eq. 4.55, with the bias as a weight on a constant input 1):
      // the augmented weights (w, b) move by η·y·(x, 1).
      ({ w, b, x, y, eta }) => {
        const aug = [...w, b];
        const xa = [...(x[0] ?? []), 1];
        const yi = y[0] ?? NaN;
        const next = aug.map((v, k) => v + eta * yi * (xa[k] ?? NaN));
        return { w: next.slice(0, -1), b: next.at(-1) ?? NaN };
      },
      [
        ['+ \\eta \\, y_i \\mathbf{x}_i', '- \\eta \\, y_i \\mathbf{x}_i'],
        ['b + \\eta \\, y_i', 'b + \\eta'],
      ],
    ),
    // The update rows after the condition.
    afterQquad(),
  ),
  chain(
    'em-gmm-m-step',
    {},
    [1, 2].map((k) => ({ ...gmm, k })),
    ([nRow = '', muRow = '', sigmaRow = '', piRow = ''], s, ev) => {
      const N_k = ev(nRow, s);
      const mu = ev(muRow, { ...s, N_k });
      const Sigma = ev(sigmaRow, { ...s, N_k, 'mu_k^new': mu });
      return { N_k, mu, Sigma, pi: ev(piRow, { ...s, N_k }) };
    },
    ({ x, gamma, k }) => {
      const m = mStep(x, gamma, k);
      return { N_k: m.Nk, mu: m.mu, Sigma: m.Sigma, pi: m.pi };
    },
    [
      ['\\right)^\\top \\\\', '\\right) \\\\'],
      ['\\frac{N_k}{N}', '\\frac{N_k}{N_k}'],
      ['\\frac{1}{N_k} \\sum_{i=1}^{N} \\gamma_{ik} \\, \\mathbf{x}_i', '\\frac{1}{N} \\sum_{i=1}^{N} \\gamma_{ik} \\, \\mathbf{x}_i'],
    ],
  ),
  formula(
    'gradient-boosting',
    { block: 2 },
    [
      { x: -2, m: 1, eta: 0.1 },
      { x: 0.5, m: 2, eta: 0.1 },
      { x: -1.5, m: 3, eta: 1 },
      { x: 3, m: 3, eta: 0.5 },
    ].map((s) => ({
      ...s,
      rho: rhos,
      F: (x: Value, m: Value) => staged(Number(x), Number(m), s.eta),
      h: (x: Value, m: Value) => stumps[Number(m) - 1]?.(Number(x)) ?? NaN,
    })),
    ({ x, m, eta }) => staged(x, m, eta),
    [
      ['F_{m-1}(\\mathbf{x})', 'F_{m}(\\mathbf{x})'],
      ['\\eta \\, \\rho_m', '\\rho_m'],
    ],
  ),
];
