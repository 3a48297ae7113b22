import { formula, type Verification } from '../lib/verification';
import type { Fn } from '../lib/latex-eval';
import { sum, dot, norm, at, sigmoid, huber, sigma, softmax, softplus, rewritten } from './reference';

const logSumExp = (xs: readonly number[]): number => {
  const m = Math.max(...xs);
  return m + Math.log(sum(xs.map((x) => Math.exp(x - m))));
};
/** Cosine similarity of two vectors. */
const cosine = (a: readonly number[], b: readonly number[]): number => dot(a, b) / (norm(a) * norm(b));
const vec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);
/** A small linear embedding f(x) = Wx, bound as the network of the metric-learning losses. */
const W = [
  [1, 0.5, 0],
  [0, -1, 2],
];
const embed = (x: readonly number[]): number[] => W.map((r) => dot(r, x));
const f: Fn = (x) => embed(vec(x));
/** FaceNet's triplet loss (Schroff et al. 2015, eq. 1) on squared Euclidean distances of the embeddings. */
const triplet = (a: readonly number[], p: readonly number[], n: readonly number[], alpha: number): number => {
  const d = (u: readonly number[], v: readonly number[]) => sum(embed(u).map((x, k) => (x - at(embed(v), k + 1)) ** 2));
  return Math.max(0, d(a, p) - d(a, n) + alpha);
};
/** The pinball loss of quantile regression (Koenker & Bassett 1978). */
const pinball = (u: number, tau: number): number => (u >= 0 ? tau * u : (tau - 1) * u);
const logFactorial = (n: number): number => sum(Array.from({ length: n }, (_, k) => Math.log(k + 1)));

/** A logistic-regression likelihood p(y | x; θ) = σ(θᵀx)^y (1 − σ(θᵀx))^(1−y), bound as p. */
const logistic: Fn = (y, x, theta) => {
  const q = sigmoid(dot(vec(theta), vec(x)));
  return y === 1 ? q : 1 - q;
};
/** −log p(y | x; θ) of that model, stably: softplus(−θᵀx) for y = 1 and softplus(θᵀx) for y = 0. */
const bernoulliNll = (y: number, x: readonly number[], theta: readonly number[]): number => softplus((y === 1 ? -1 : 1) * dot(theta, x));
const nllSamples = [1, 3].map((i) => ({
  x: [
    [1, 2],
    [0.5, -1],
    [3, 1],
  ],
  y: [1, 0, 0],
  theta: [0.4, -0.3],
  N: 3,
  i,
  p: logistic,
}));

export const verifications: Verification[] = [
  formula(
    'huber-loss',
    {},
    [
      { y: 1, hat_y: 1.5, delta: 1 },
      { y: 0, hat_y: 3, delta: 1 },
      { y: 3, hat_y: 0, delta: 2 },
    ],
    ({ y, hat_y, delta }) => huber(y - hat_y, delta),
    [
      ['\\delta \\left( \\lvert y - \\hat{y} \\rvert', '\\delta \\left( (y - \\hat{y})'],
      ['\\frac{1}{2}(y - \\hat{y})^{2}', '(y - \\hat{y})^{2}'],
    ],
  ),
  formula(
    'smooth-l1-loss',
    {},
    [
      { y: 1, hat_y: 1.2, beta: 1 },
      { y: 0, hat_y: 0.2, beta: 0.5 },
      { y: -2, hat_y: 1, beta: 0.5 },
    ],
    // torch.nn.SmoothL1Loss: 0.5 r² / β if |r| < β, else |r| − 0.5 β; it is Huber with δ = β, divided by β.
    ({ y, hat_y, beta }) => huber(y - hat_y, beta) / beta,
    [
      ['\\frac{1}{2\\beta}', '\\frac{1}{2}'],
      ['- \\frac{1}{2}\\beta', '+ \\frac{1}{2}\\beta'],
    ],
  ),
  // The subscript β = δ says which β; the rewrite drops it and the bound SmoothL1 uses β = δ.
  rewritten(
    formula(
      'smooth-l1-loss',
      { block: 1 },
      [
        { y: 1, hat_y: 1.5, delta: 2 },
        { y: 0, hat_y: 3, delta: 0.5 },
      ].map((s) => ({
        ...s,
        SmoothL1: (a: unknown, b: unknown) => {
          const r = Math.abs(Number(a) - Number(b));
          return r < s.delta ? (0.5 * r * r) / s.delta : r - 0.5 * s.delta;
        },
      })),
      // torch.nn.HuberLoss(delta) equals delta · torch.nn.SmoothL1Loss(beta=delta).
      ({ y, hat_y, delta }) => huber(y - hat_y, delta),
      [['= \\delta \\operatorname{SmoothL1}', '= \\operatorname{SmoothL1}']],
    ),
    (latex) => latex.replace('_{\\beta = \\delta}', ''),
  ),
  formula(
    'mean-squared-error',
    {},
    [
      { y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 },
      { y: [-4, 100], hat_y: [0, -20], N: 2 },
    ],
    ({ y, hat_y, N }) => sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N,
    [
      ['\\frac{1}{N} ', ''],
      ['^{2}', ''],
    ],
  ),
  formula(
    'mean-absolute-error',
    {},
    [
      { y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 },
      { y: [-4, 100], hat_y: [0, -20], N: 2 },
    ],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.abs(v - at(hat_y, i + 1)))) / N,
    [['\\lvert y_i - \\hat{y}_i \\rvert', '(y_i - \\hat{y}_i)']],
  ),
  formula(
    'binary-cross-entropy',
    {},
    [
      { y: 1, p: 0.8 },
      { y: 0, p: 0.3 },
    ],
    ({ y, p }) => -(y * Math.log(p) + (1 - y) * Math.log(1 - p)),
    [['-\\left[', '\\left[']],
  ),
  formula(
    'binary-cross-entropy',
    { block: 1 },
    [{ y: [1, 0, 1], p: [0.9, 0.2, 0.6], N: 3 }],
    ({ y, p, N }) => -sum(y.map((v, i) => v * Math.log(at(p, i + 1)) + (1 - v) * Math.log(1 - at(p, i + 1)))) / N,
    [['-\\frac{1}{N}', '-']],
  ),
  formula(
    'bce-with-logits',
    {},
    [
      { y: 1, z: 0.3, sigma },
      { y: 0, z: -2, sigma },
      { y: 0, z: 0, sigma },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
    [['(1 - y)', 'y']],
  ),
  formula(
    'bce-with-logits',
    { block: 1 },
    [
      { y: 1, z: 0.3 },
      { y: 0, z: -2 },
      { y: 1, z: -40 },
      { y: 0, z: 30 },
    ],
    // −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z), computed stably.
    ({ y, z }) => y * softplus(-z) + (1 - y) * softplus(z),
    [
      ['- z y', '+ z y'],
      ['e^{-\\lvert z \\rvert}', 'e^{-z}'],
    ],
  ),
  formula(
    'categorical-cross-entropy',
    {},
    [
      { y: [0, 1, 0], p: [0.2, 0.7, 0.1], K: 3 },
      { y: [0.1, 0.1, 0.8], p: [0.5, 0.25, 0.25], K: 3 },
    ],
    ({ y, p }) => -sum(y.map((v, k) => v * Math.log(at(p, k + 1)))),
    [['-\\sum', '\\sum']],
  ),
  formula(
    'categorical-cross-entropy',
    { block: 1 },
    [
      {
        y: [
          [0, 1, 0],
          [1, 0, 0],
        ],
        p: [
          [0.2, 0.7, 0.1],
          [0.6, 0.3, 0.1],
        ],
        N: 2,
        K: 3,
      },
    ],
    // The mean over samples of the per-sample cross-entropy.
    ({ y, p, N }) => -sum(y.map((yi, i) => sum(yi.map((v, k) => v * Math.log(at(p[i] ?? [], k + 1)))))) / N,
    [['-\\frac{1}{N}', '-']],
  ),
  formula(
    'contrastive-loss',
    {},
    [
      { Y: 0, D: 1.3, m: 1 },
      { Y: 1, D: 0.4, m: 1 },
      { Y: 1, D: 2, m: 1 },
    ],
    // Hadsell, Chopra & LeCun 2006, eq. 4: Y = 0 for a similar pair (pull together), Y = 1 for a
    // dissimilar pair (push apart until the margin m).
    ({ Y, D, m }) => (Y === 0 ? 0.5 * D * D : 0.5 * Math.max(0, m - D) ** 2),
    [
      ['m - D', 'D - m'],
      ['(1 - Y)', 'Y'],
    ],
  ),
  formula(
    'contrastive-loss',
    { block: 1 },
    [
      { x_1: [1, 2, 0], x_2: [0, 1, -1], f_theta: f },
      { x_1: [3, -1, 2], x_2: [3, -1, 2], f_theta: f },
    ],
    ({ x_1, x_2 }) => Math.hypot(...embed(x_1).map((v, k) => v - at(embed(x_2), k + 1))),
    [['f_{\\boldsymbol{\\theta}}(\\mathbf{x}_1) - f', 'f_{\\boldsymbol{\\theta}}(\\mathbf{x}_1) + f']],
  ),
  // \cos(x₁, x₂) of two vectors is their cosine similarity (the evaluator's \cos takes one angle), bound as cossim.
  rewritten(
    formula(
      'cosine-embedding-loss',
      {},
      [
        { x_1: [1, 2, 2], x_2: [2, 0, 1], y: 1, m: 0.1 },
        { x_1: [1, 2, 2], x_2: [2, 0, 1], y: -1, m: 0.1 },
        { x_1: [-3, 4], x_2: [3, -4], y: -1, m: 0 },
      ].map((s) => ({ ...s, cossim: (a: unknown, b: unknown) => cosine(vec(a), vec(b)) })),
      // torch.nn.CosineEmbeddingLoss: 1 − cos for similar pairs (y = 1), max(0, cos − margin) for dissimilar ones.
      ({ x_1, x_2, y, m }) => (y === 1 ? 1 - cosine(x_1, x_2) : Math.max(0, cosine(x_1, x_2) - m)),
      [
        ['1 - \\cos', '\\cos'],
        ['- m \\right)', '+ m \\right)'],
      ],
    ),
    (latex) => latex.split('\\cos(').join('\\operatorname{cossim}('),
  ),
  formula(
    'cosine-embedding-loss',
    { block: 1 },
    [
      { x_1: [1, 2, 2], x_2: [2, 0, 1] },
      { x_1: [-3, 4], x_2: [3, 4] },
    ],
    // torch.nn.functional.cosine_similarity: x₁·x₂ / (‖x₁‖ ‖x₂‖); (−3, 4)·(3, 4) = 7 over 5·5.
    ({ x_1, x_2 }) => cosine(x_1, x_2),
    [['\\lVert \\mathbf{x}_1 \\rVert_2 \\, \\lVert \\mathbf{x}_2 \\rVert_2', '\\lVert \\mathbf{x}_1 \\rVert_2']],
  ),
  formula(
    'dice-loss',
    {},
    [
      { p: [0.9, 0.1, 0.8, 0.3], g: [1, 0, 1, 0], M: 4 },
      { p: [0.2, 0.7], g: [1, 1], M: 2 },
    ],
    // Milletari et al. 2016 (V-Net), eq. 1: 1 − 2|P∩G| / (|P|² + |G|²) on soft masks.
    ({ p, g }) => 1 - (2 * dot(p, g)) / (dot(p, p) + dot(g, g)),
    [['2 \\sum', '\\sum']],
  ),
  formula(
    'dice-loss',
    { block: 1 },
    [
      { p: [0.9, 0.1, 0.8, 0.3], g: [1, 0, 1, 0], M: 4, s: 1 },
      { p: [0, 0], g: [0, 0], M: 2, s: 1 },
    ],
    // The smoothed soft Dice loss: 1 − (2|P∩G| + s) / (|P| + |G| + s); an empty mask pair gives 0.
    ({ p, g, s }) => 1 - (2 * dot(p, g) + s) / (sum(p) + sum(g) + s),
    [['\\sum_{i=1}^{M} p_i g_i + s}', '\\sum_{i=1}^{M} p_i g_i}']],
  ),
  formula(
    'focal-loss',
    {},
    [
      { p_t: 0.8, alpha_t: 0.25, gamma: 2 },
      { p_t: 0.1, alpha_t: 0.75, gamma: 2 },
      { p_t: 0.3, alpha_t: 1, gamma: 0 },
    ],
    // Lin et al. 2017, eq. 5; γ = 0, α = 1 is plain cross-entropy, −log p_t.
    ({ p_t, alpha_t, gamma }) => -alpha_t * (1 - p_t) ** gamma * Math.log(p_t),
    [
      ['\\left( 1 - p_t \\right)^{\\gamma}', '\\left( p_t \\right)^{\\gamma}'],
      ['-\\alpha_t', '\\alpha_t'],
    ],
  ),
  formula(
    'focal-loss',
    { block: 1, sides: [1] },
    [
      { p: 0.8, y: 1 },
      { p: 0.8, y: 0 },
    ],
    ({ p, y }) => (y === 1 ? p : 1 - p),
    [['1 - p & \\text{otherwise,}', 'p & \\text{otherwise,}']],
  ),
  formula(
    'gaussian-nll-loss',
    {},
    [
      { mu: 0.5, sigma: 2, y: -1 },
      { mu: 0, sigma: 0.1, y: 0.05 },
      { mu: 3, sigma: 1, y: 3 },
    ],
    // −log of the normal density N(y; μ, σ²).
    ({ mu, sigma: s, y }) => -Math.log(Math.exp(-((y - mu) ** 2) / (2 * s * s)) / Math.sqrt(2 * Math.PI * s * s)),
    [
      [' + \\frac{1}{2} \\log (2 \\pi)', ''],
      ['(y - \\mu)^{2}', '(y - \\mu)'],
    ],
  ),
  formula(
    'gaussian-nll-loss',
    { block: 1 },
    [
      { mu: 0.5, sigma: 2, y: -1, epsilon: 1e-6 },
      { mu: 0, sigma: 1e-4, y: 1e-3, epsilon: 1e-6 },
    ],
    // torch.nn.GaussianNLLLoss(full=False, eps): the variance is clamped to at least eps.
    ({ mu, sigma: s, y, epsilon }) => {
      const v = Math.max(s * s, epsilon);
      return 0.5 * (Math.log(v) + (y - mu) ** 2 / v);
    },
    [['{\\max(\\sigma^{2}, \\epsilon)}', '{\\sigma^{2}}']],
  ),
  formula(
    'hinge-loss',
    {},
    [
      { y: 1, hat_y: 0.3 },
      { y: -1, hat_y: 0.3 },
      { y: 1, hat_y: 2 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y),
    [['1 - y \\hat{y}', '1 + y \\hat{y}']],
  ),
  formula(
    'hinge-loss',
    { block: 1 },
    [{ y: [1, -1, 1], hat_y: [0.3, 0.3, 2], N: 3 }],
    // Per-sample hinge losses 0.7, 1.3 and 0.
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.max(0, 1 - v * at(hat_y, i + 1)))) / N,
    [['\\frac{1}{N}', '']],
  ),
  formula(
    'squared-hinge-loss',
    {},
    [
      { y: -1, hat_y: 0.3 },
      { y: 1, hat_y: 3 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y) ** 2,
    [['^{2}', '']],
  ),
  formula(
    'squared-hinge-loss',
    { block: 1 },
    [{ y: [1, -1, 1], hat_y: [0.3, 0.3, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.max(0, 1 - v * at(hat_y, i + 1)) ** 2)) / N,
    [['^{2}', '']],
  ),
  formula(
    'infonce-loss',
    { block: 1 },
    [
      {
        q: [
          [1, 0],
          [0.6, 0.8],
          [-1, 0.5],
        ],
        k: [
          [0.8, 0.6],
          [0, 1],
          [-0.7, 0.7],
        ],
        i: 1,
        N: 3,
        tau: 0.1,
        s: (a, b) => dot(vec(a), vec(b)),
      },
      {
        q: [
          [1, 0],
          [0.6, 0.8],
        ],
        k: [
          [0.8, 0.6],
          [0, 1],
        ],
        i: 2,
        N: 2,
        tau: 2,
        s: (a, b) => dot(vec(a), vec(b)),
      },
    ],
    // Cross-entropy of the logits s(q_i, k_j)/τ with the positive k_i as the target class
    // (van den Oord et al. 2018; SimCLR/CLIP implementations), via log-sum-exp.
    ({ q, k, i, tau }) => {
      const logits = k.map((kj) => dot(q[i - 1] ?? [], kj) / tau);
      return logSumExp(logits) - at(logits, i);
    },
    [
      ['\\sum_{j=1}^{N}', '\\sum_{j=2}^{N}'],
      ['-\\log', '\\log'],
    ],
  ),
  formula(
    'label-smoothing-cross-entropy',
    {},
    [
      { z: [2, 0.5, -1], c: 1, epsilon: 0.1, K: 3 },
      { z: [0, 3, 1, -2], c: 4, epsilon: 0.2, K: 4 },
    ].map((s) => ({ ...s, p: softmax(s.z) })),
    // torch.nn.CrossEntropyLoss(label_smoothing=ε): the target is (1 − ε)·one-hot + ε/K,
    // and the loss is its cross-entropy with log_softmax(z) = z − logsumexp(z).
    ({ z, c, epsilon, K }) => -sum(z.map((zk, k) => ((k + 1 === c ? 1 - epsilon : 0) + epsilon / K) * (zk - logSumExp(z)))),
    [['\\frac{\\epsilon}{K}', '\\epsilon']],
  ),
  formula(
    'label-smoothing-cross-entropy',
    { block: 1 },
    [
      { z: [2, 0.5, -1], c: 1, epsilon: 0.1, K: 3 },
      { z: [0, 3, 1, -2], c: 4, epsilon: 0.2, K: 4 },
    ].map((s) => ({ ...s, p: softmax(s.z) })),
    ({ z, c, epsilon, K }) => -sum(z.map((zk, k) => ((k + 1 === c ? 1 - epsilon : 0) + epsilon / K) * (zk - logSumExp(z)))),
    [['-\\frac{1}{K} \\sum', '-\\sum']],
  ),
  formula(
    'log-cosh-loss',
    {},
    [{ y: [1, -2, 0.5], hat_y: [1.5, 1, 0.5], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.log(Math.cosh(at(hat_y, i + 1) - v)))) / N,
    [['\\frac{1}{N}', '']],
  ),
  formula(
    'log-cosh-loss',
    { block: 1 },
    [-3, 0, 0.5, 20].map((r) => ({ r })),
    ({ r }) => Math.log(Math.cosh(r)),
    [
      ['- \\log 2', '+ \\log 2'],
      ['e^{-2 \\lvert r \\rvert}', 'e^{-\\lvert r \\rvert}'],
    ],
  ),
  formula(
    'margin-ranking-loss',
    {},
    [
      { x_1: 0.8, x_2: 0.2, y: 1, m: 0.5 },
      { x_1: 0.8, x_2: 0.2, y: -1, m: 0.5 },
      { x_1: 0, x_2: 2, y: 1, m: 0 },
    ],
    // torch.nn.MarginRankingLoss: y = 1 means x_1 should rank higher than x_2 by the margin.
    ({ x_1, x_2, y, m }) => (y === 1 ? Math.max(0, m - (x_1 - x_2)) : Math.max(0, m - (x_2 - x_1))),
    [['-y', 'y']],
  ),
  formula(
    'multiclass-hinge-loss',
    {},
    [
      { s: [2, 1.5, -1], c: 1 },
      { s: [2, 1.5, -1], c: 3 },
      { s: [4, 0, 1], c: 1 },
    ],
    // Crammer & Singer 2001: the margin against the highest-scoring wrong class only.
    ({ s, c }) => Math.max(0, 1 + Math.max(...s.filter((_, k) => k + 1 !== c)) - at(s, c)),
    [['1 + \\max_{k \\ne c}', '\\max_{k \\ne c}']],
  ),
  formula(
    'multiclass-hinge-loss',
    { block: 1 },
    [
      { s: [2, 1.5, -1], c: 1 },
      { s: [2, 1.5, -1], c: 3 },
    ],
    // Weston & Watkins 1999 (torch.nn.MultiMarginLoss without the 1/K): every wrong class.
    ({ s, c }) => sum(s.map((sk, k) => (k + 1 === c ? 0 : Math.max(0, 1 + sk - at(s, c))))),
    [['\\sum_{k \\ne c}', '\\sum_{k}']],
  ),
  formula('negative-log-likelihood', {}, nllSamples, ({ x, y, i, theta }) => bernoulliNll(at(y, i), x[i - 1] ?? [], theta), [
    ['-\\log', '\\log'],
  ]),
  formula(
    'negative-log-likelihood',
    { block: 1 },
    nllSamples.slice(0, 1),
    ({ x, y, theta, N }) => sum(y.map((yi, k) => bernoulliNll(yi, x[k] ?? [], theta))) / N,
    [['-\\frac{1}{N}', '-']],
  ),
  formula(
    'poisson-nll-loss',
    { block: 1 },
    [
      { z: 0.5, y: 2 },
      { z: -1, y: 0 },
      { z: 2, y: 7 },
    ],
    // −log Poisson(y; λ = e^z) = λ − y log λ + log y!, without the constant log y! (torch.nn.PoissonNLLLoss(log_input=True)).
    ({ z, y }) => {
      const lambda = Math.exp(z);
      const negLogPmf = -(y * Math.log(lambda) - lambda - logFactorial(y));
      return negLogPmf - logFactorial(y);
    },
    [['- y z', '+ y z']],
  ),
  formula(
    'quantile-loss',
    {},
    [
      { u: 2, tau: 0.9 },
      { u: -2, tau: 0.9 },
      { u: 0, tau: 0.3 },
    ],
    ({ u, tau }) => pinball(u, tau),
    [['\\tau - \\mathbb{I}[u < 0]', '\\tau + \\mathbb{I}[u < 0]']],
  ),
  formula(
    'quantile-loss',
    { block: 1 },
    [{ y: [3, 1, 2], hat_y: [1, 2, 2], N: 3, tau: 0.8, rho_tau: (u) => (typeof u === 'number' ? pinball(u, 0.8) : NaN) }],
    ({ y, hat_y, N, tau }) => sum(y.map((v, i) => pinball(v - at(hat_y, i + 1), tau))) / N,
    [['\\frac{1}{N}', '']],
  ),
  formula(
    'triplet-loss',
    {},
    [
      { 'x^a': [1, 0, 1], 'x^p': [0, 0, 2], 'x^n': [1, 1, 1], alpha: 0.5, f },
      { 'x^a': [1, 0, 1], 'x^p': [1, 0.1, 1], 'x^n': [-2, 3, 0], alpha: 0.2, f },
    ],
    (s) => triplet(s['x^a'], s['x^p'], s['x^n'], s.alpha),
    [['+ \\alpha', '- \\alpha']],
  ),
  formula(
    'triplet-loss',
    { block: 1 },
    [
      {
        'x^a': [
          [1, 0, 1],
          [1, 0, 1],
        ],
        'x^p': [
          [0, 0, 2],
          [1, 0.1, 1],
        ],
        'x^n': [
          [1, 1, 1],
          [-2, 3, 0],
        ],
        N: 2,
        ell: (a, p, n) => triplet(vec(a), vec(p), vec(n), 0.5),
      },
    ],
    (s) => sum(s['x^a'].map((a, i) => triplet(a, s['x^p'][i] ?? [], s['x^n'][i] ?? [], 0.5))),
    [['\\sum_{i=1}^{N}', '\\sum_{i=2}^{N}']],
  ),
];
