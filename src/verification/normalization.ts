import { chain, formula, type Verification } from '../lib/verification';
import { afterQquad, at, derivative, gradient, matmul, norm, rewritten, sum, T } from './reference';

const mean = (xs: readonly number[]): number => sum(xs) / xs.length;
/** The biased (population) variance, as batch/layer/instance/group norm use for normalising. */
const variance = (xs: readonly number[]): number => mean(xs.map((x) => (x - mean(xs)) ** 2));
const standardise = (xs: readonly number[], epsilon: number): number[] => xs.map((x) => (x - mean(xs)) / Math.sqrt(variance(xs) + epsilon));
/** The largest singular value of a matrix with two rows: √(largest eigenvalue of WWᵀ), in closed form. */
const spectralNorm = (w: number[][]): number => {
  const [[a = 0, b = 0] = [], [, d = 0] = []] = matmul(w, T(w));
  return Math.sqrt((a + d + Math.sqrt((a - d) ** 2 + 4 * b * b)) / 2);
};
const unit = (v: readonly number[]): number[] => v.map((x) => x / norm(v));
/** A deterministic 2 × 4 × 2 × 2 activation tensor (N, C, H, W) with negative and positive values. */
const tensor = [0, 1].map((n) =>
  [0, 1, 2, 3].map((c) => [0, 1].map((h) => [0, 1].map((w) => (((n + 2) * (c + 3) * (h + 1) + 5 * w) % 7) - 2.5))),
);
/** A loss on the weights, L(w) = Σ_k (w_k³/3 + k·w_k/2) (0-based k), whose gradient is w_k² + k/2. */
const weightLoss = (w: readonly number[]): number => sum(w.map((x, k) => x ** 3 / 3 + 0.5 * k * x));
/** ∂L/∂g and ∇_v L of L(g v / ‖v‖), numerically. */
const gradWeightNorm = (g: number, v: readonly number[]) => ({
  g: derivative((gg) => weightLoss(unit(v).map((x) => gg * x)), g),
  v: gradient((vv) => weightLoss(unit(vv).map((x) => g * x)), v),
});
const columns = (x: readonly number[][]): number[][] => T(x.map((r) => [...r]));

export const verifications: Verification[] = [
  chain(
    'layer-normalization',
    {},
    [{ a: [1, 2, 4, 9], H: 4, g: [1, 2, 1, 0.5], b: [0, 0.1, 0, -1], epsilon: 1e-5 }],
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const y = s.a.map((_, k) => ev(outRow, { ...s, i: k + 1, mu, sigma }));
      return { mu, variance, y };
    },
    ({ a, H, g, b, epsilon }) => {
      const mu = a.reduce((t, v) => t + v, 0) / H;
      const variance = a.reduce((t, v) => t + (v - mu) ** 2, 0) / H;
      return { mu, variance, y: a.map((v, k) => (at(g, k + 1) * (v - mu)) / Math.sqrt(variance + epsilon) + at(b, k + 1)) };
    },
    [['\\frac{1}{H}', '\\frac{1}{H - 1}']],
  ),
  chain(
    'batch-normalization',
    {},
    [
      { x: [1, 2, 4, 9], m: 4, gamma: 1.5, beta: -0.5, epsilon: 1e-5 },
      { x: [1000, 1002, 998], m: 3, gamma: 1, beta: 0, epsilon: 1e-5 },
    ],
    ([meanRow = '', varRow = '', normRow = '', outRow = ''], s, ev) => {
      const mu_cal_B = ev(meanRow, s);
      const variance = ev(varRow, { ...s, mu_cal_B });
      const sigma_cal_B = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const hat_x = s.x.map((_, k) => ev(normRow, { ...s, i: k + 1, mu_cal_B, sigma_cal_B }));
      const y = s.x.map((_, k) => ev(outRow, { ...s, i: k + 1, hat_x }));
      return { mean: mu_cal_B, variance, hat_x, y };
    },
    // torch.nn.BatchNorm1d in training mode (Ioffe & Szegedy 2015, Algorithm 1): biased batch variance.
    ({ x, gamma, beta, epsilon }) => ({
      mean: mean(x),
      variance: variance(x),
      hat_x: standardise(x, epsilon),
      y: standardise(x, epsilon).map((v) => gamma * v + beta),
    }),
    [
      ['\\frac{1}{m} \\sum_{i=1}^{m} \\left(', '\\frac{1}{m - 1} \\sum_{i=1}^{m} \\left('],
      ['\\gamma \\hat{x}_i + \\beta', '\\gamma \\hat{x}_i'],
    ],
  ),
  formula(
    'batch-normalization-inference',
    {},
    [
      { x: 3, hat_mu: 1, hat_sigma: 2, gamma: 1.5, beta: -0.5, epsilon: 1e-5 },
      { x: -10, hat_mu: 0.5, hat_sigma: 0.1, gamma: 1, beta: 2, epsilon: 1e-3 },
    ],
    // torch.nn.BatchNorm1d in eval mode: the running mean and variance replace the batch statistics.
    ({ x, hat_mu, hat_sigma, gamma, beta, epsilon }) => gamma * ((x - hat_mu) / Math.sqrt(hat_sigma ** 2 + epsilon)) + beta,
    [
      ['+ \\epsilon', ''],
      ['+ \\beta', '- \\beta'],
    ],
  ),
  ...[0, 1].map((row) =>
    formula(
      'batch-normalization-inference',
      { block: 2, row, relations: ['\\leftarrow'] },
      [
        [2, 4, 9, 1],
        [0.5, -0.5],
      ].map((batch) => ({
        batch,
        rho: 0.1,
        m: batch.length,
        hat_mu: 0.3,
        hat_sigma: 1.2,
        mu_cal_B: mean(batch),
        sigma_cal_B: Math.sqrt(variance(batch)),
      })),
      // torch.nn.BatchNorm1d's running statistics, momentum ρ: the running variance is updated
      // with the UNBIASED batch variance Σ(x − x̄)² / (m − 1).
      ({ batch, rho, hat_mu, hat_sigma }) =>
        row === 0
          ? (1 - rho) * hat_mu + rho * mean(batch)
          : (1 - rho) * hat_sigma ** 2 + rho * (sum(batch.map((x) => (x - mean(batch)) ** 2)) / (batch.length - 1)),
      row === 0 ? [['(1 - \\rho) \\, \\hat{\\mu}', '\\rho \\, \\hat{\\mu}']] : [['\\rho \\, \\frac{m}{m - 1} \\, ', '\\rho \\, ']],
    ),
  ),
  chain(
    'group-normalization',
    {},
    [1, 2].map((g) => ({
      x: tensor,
      i: 2,
      g,
      cal_S: [
        [1, 2],
        [3, 4],
      ],
      H: 2,
      W: 2,
      m: 8,
      gamma: [1, 2, 0.5, -1],
      beta: [0, 0.1, -0.2, 1],
      epsilon: 1e-5,
    })),
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, 'mu_i,g': mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const channels = s.cal_S[s.g - 1] ?? [];
      const y = channels.flatMap((c) =>
        [1, 2].flatMap((h) => [1, 2].map((w) => ev(outRow, { ...s, c, h, w, 'mu_i,g': mu, 'sigma_i,g': sigma }))),
      );
      return { mu, variance, y };
    },
    // torch.nn.GroupNorm (Wu & He 2018): statistics over the channels of group g and all positions.
    ({ x, i, g, cal_S, gamma, beta, epsilon }) => {
      const channels = cal_S[g - 1] ?? [];
      const values = channels.flatMap((c) => (x[i - 1]?.[c - 1] ?? []).flat());
      const y = channels.flatMap((c) =>
        (x[i - 1]?.[c - 1] ?? [])
          .flat()
          .map((v) => at(gamma, c) * ((v - mean(values)) / Math.sqrt(variance(values) + epsilon)) + at(beta, c)),
      );
      return { mu: mean(values), variance: variance(values), y };
    },
    [
      ['\\left( x_{i,c,h,w} - \\mu_{i,g} \\right)^{2}', '\\left( x_{i,c,h,w} - \\mu_{i,g} \\right)'],
      ['+ \\beta_c', '- \\beta_c'],
    ],
  ),
  chain(
    'instance-normalization',
    {},
    [
      { x: tensor, i: 1, c: 3, H: 2, W: 2, epsilon: 1e-5 },
      { x: tensor, i: 2, c: 1, H: 2, W: 2, epsilon: 1e-5 },
    ],
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, 'mu_i,c': mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const y = [1, 2].flatMap((h) => [1, 2].map((w) => ev(outRow, { ...s, h, w, 'mu_i,c': mu, 'sigma_i,c': sigma })));
      return { mu, variance, y };
    },
    // torch.nn.InstanceNorm2d (Ulyanov et al. 2016): statistics per sample and channel over H × W.
    ({ x, i, c, epsilon }) => {
      const values = (x[i - 1]?.[c - 1] ?? []).flat();
      return { mu: mean(values), variance: variance(values), y: standardise(values, epsilon) };
    },
    [['\\frac{1}{HW}', '\\frac{1}{H}']],
  ),
  formula(
    'min-max-scaling',
    {},
    [
      { i: 1, j: 1 },
      { i: 3, j: 2 },
      { i: 2, j: 2 },
    ].map(({ i, j }) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 20],
      ],
      i,
      j,
    })),
    // sklearn.preprocessing.MinMaxScaler: each column mapped linearly onto [0, 1].
    ({ x, i, j }) => {
      const col = columns(x)[j - 1] ?? [];
      return (at(col, i) - Math.min(...col)) / (Math.max(...col) - Math.min(...col));
    },
    [['- \\min_{k} x_{kj}}{', '}{']],
  ),
  formula(
    'min-max-scaling',
    { block: 1 },
    [
      { i: 1, j: 1 },
      { i: 2, j: 2 },
    ].map(({ i, j }) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 20],
      ],
      i,
      j,
      a: -1,
      b: 1,
    })),
    // MinMaxScaler(feature_range=(a, b)).
    ({ x, i, j, a, b }) => {
      const col = columns(x)[j - 1] ?? [];
      return a + ((b - a) * (at(col, i) - Math.min(...col))) / (Math.max(...col) - Math.min(...col));
    },
    [['(b - a)', '(b + a)']],
  ),
  formula(
    'rms-normalization',
    {},
    [2, 4].map((i) => ({
      a: [1, -2, 3, 0.5],
      g: [1, 0.5, 2, 1],
      i,
      n: 4,
      epsilon: 1e-6,
      RMS: (v: unknown) => (Array.isArray(v) ? Math.sqrt(mean(v.map((x) => Number(x) ** 2)) + 1e-6) : NaN),
    })),
    // torch.nn.RMSNorm (Zhang & Sennrich 2019): a / √(mean(a²) + ε) · g, without re-centring.
    ({ a, g, i, epsilon }) => (at(a, i) / Math.sqrt(mean(a.map((x) => x * x)) + epsilon)) * at(g, i),
    [['\\, g_i', '']],
  ),
  rewritten(
    formula(
      'rms-normalization',
      {},
      [
        { a: [1, -2, 3, 0.5], n: 4, epsilon: 1e-6 },
        { a: [0, 0], n: 2, epsilon: 1e-6 },
      ],
      ({ a, epsilon }) => Math.sqrt(mean(a.map((x) => x * x)) + epsilon),
      [['\\frac{1}{n} \\sum', '\\sum']],
    ),
    afterQquad(),
  ),
  rewritten(
    formula(
      'spectral-normalization',
      {},
      [
        [
          [2, 1],
          [1, 2],
        ],
        [
          [1, 0, 3],
          [0, 2, -1],
        ],
      ].map((W) => ({ W, sigma_max: (w: unknown) => spectralNorm(w as number[][]) })),
      // Miyato et al. 2018, eq. 8: W divided by its largest singular value.
      ({ W }) => W.map((r) => r.map((x) => x / spectralNorm(W))),
      [['\\frac{\\mathbf{W}}{\\sigma_{\\max}(\\mathbf{W})}', '\\mathbf{W}']],
    ),
    (latex) => latex.split('\\qquad')[0] ?? '',
  ),
  rewritten(
    formula(
      'spectral-normalization',
      { block: 1, relations: ['\\leftarrow', '\\approx'] },
      [
        {
          W: [
            [2, 1],
            [-1, 3],
          ],
          tilde_u: [0.6, 0.8],
        },
      ],
      // One power-iteration step (Miyato et al. 2018, Algorithm 1): v = Wᵀu / ‖Wᵀu‖.
      ({ W, tilde_u }) =>
        unit(
          matmul(
            T(W),
            tilde_u.map((x) => [x]),
          ).map((r) => r[0] ?? NaN),
        ),
      [['\\frac{\\mathbf{W}^{\\top} \\tilde{\\mathbf{u}}}', '\\frac{\\mathbf{W} \\tilde{\\mathbf{u}}}']],
    ),
    afterQquad(0),
  ),
  rewritten(
    formula(
      'spectral-normalization',
      { block: 1, relations: ['\\leftarrow', '\\approx'] },
      [
        {
          W: [
            [2, 1],
            [0, 3],
          ],
          tilde_v: [0.6, -0.8],
        },
      ],
      ({ W, tilde_v }) =>
        unit(
          matmul(
            W,
            tilde_v.map((x) => [x]),
          ).map((r) => r[0] ?? NaN),
        ),
      [['{\\lVert \\mathbf{W} \\tilde{\\mathbf{v}} \\rVert_2}', '{\\lVert \\tilde{\\mathbf{v}} \\rVert_2}']],
    ),
    afterQquad(1),
  ),
  rewritten(
    formula(
      'spectral-normalization',
      { block: 1, relations: ['\\leftarrow', '\\approx'] },
      [
        // Exact top singular vectors: W symmetric with eigenvalues 3 and 1, and a diagonal 2 × 3 W.
        {
          W: [
            [2, 1],
            [1, 2],
          ],
          tilde_u: [Math.SQRT1_2, Math.SQRT1_2],
          tilde_v: [Math.SQRT1_2, Math.SQRT1_2],
        },
        {
          W: [
            [1, 0, 0],
            [0, -2, 0],
          ],
          tilde_u: [0, -1],
          tilde_v: [0, 1, 0],
        },
      ],
      // At convergence uᵀWv is the largest singular value.
      ({ W }) => spectralNorm(W),
      [['\\tilde{\\mathbf{u}}^{\\top} \\mathbf{W} \\tilde{\\mathbf{v}}', '\\tilde{\\mathbf{u}}^{\\top} \\tilde{\\mathbf{u}}']],
    ),
    afterQquad(2),
  ),
  formula(
    'weight-normalization',
    {},
    [
      { g: 2, v: [3, 4] },
      { g: -0.5, v: [1, -1, 2] },
    ],
    // torch.nn.utils.weight_norm (Salimans & Kingma 2016): w = g · v / ‖v‖, so ‖w‖ = |g|.
    ({ g, v }) => unit(v).map((x) => g * x),
    [['\\frac{g}{\\lVert \\mathbf{v} \\rVert_2}', 'g']],
  ),
  ...[0, 1].map((part) =>
    rewritten(
      formula(
        'weight-normalization',
        { block: 1, tolerance: 1e-7 },
        [
          { g: 2, v: [3, 4] },
          { g: -0.5, v: [1, -1, 2] },
        ].map(({ g, v }) => {
          const w = unit(v).map((x) => g * x);
          return { g, v, nabla_w_L: w.map((x, k) => x * x + 0.5 * k), nabla_g_L: gradWeightNorm(g, v).g };
        }),
        // Salimans & Kingma 2016, eq. 3, against the gradients of L(w(g, v)) taken numerically.
        ({ g, v }) => (part === 0 ? gradWeightNorm(g, v).g : gradWeightNorm(g, v).v),
        part === 0
          ? [['\\mathbf{v}}{\\lVert \\mathbf{v} \\rVert_2}', '\\mathbf{v}}{\\lVert \\mathbf{v} \\rVert_2^{2}}']]
          : [['- \\frac{g \\, \\nabla_{g} L}', '+ \\frac{g \\, \\nabla_{g} L}']],
      ),
      (latex) => latex.split('\\qquad')[part] ?? '',
    ),
  ),
  formula(
    'z-score-standardization',
    {},
    [
      { i: 1, j: 1 },
      { i: 3, j: 2 },
    ].map(({ i, j }) => {
      const x = [
        [1, -5],
        [4, 10],
        [2.5, 200],
      ];
      return { x, i, j, mu: columns(x).map(mean), sigma: columns(x).map((c) => Math.sqrt(variance(c))) };
    }),
    // sklearn.preprocessing.StandardScaler: (x − column mean) / column population standard deviation.
    ({ x, i, j }) => at(standardise(columns(x)[j - 1] ?? [], 0), i),
    [['- \\mu_j', '+ \\mu_j']],
  ),
  formula(
    'z-score-standardization',
    { block: 1 },
    [1, 2].map((j) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 200],
      ],
      j,
      N: 3,
    })),
    ({ x, j }) => mean(columns(x)[j - 1] ?? []),
    [['\\frac{1}{N} \\sum_{i=1}^{N} x_{ij}', '\\sum_{i=1}^{N} x_{ij}']],
  ),
  rewritten(
    formula(
      'z-score-standardization',
      { block: 1 },
      [1, 2].map((j) => {
        const x = [
          [1, -5],
          [4, 10],
          [2.5, 200],
        ];
        return { x, j, N: 3, mu: columns(x).map(mean) };
      }),
      ({ x, j }) => Math.sqrt(variance(columns(x)[j - 1] ?? [])),
      [['\\frac{1}{N} \\sum_{i=1}^{N} \\left(', '\\frac{1}{N - 1} \\sum_{i=1}^{N} \\left(']],
    ),
    afterQquad(),
  ),
];
