import { chain, formula, type Verification } from '../lib/verification';
import type { Fn, Value } from '../lib/latex-eval';
import { dot, at, matmul, T, sigmoid, softmax, elementwise, sigma, softmaxFn } from './reference';

/** Scaled dot-product attention (Vaswani et al. 2017, eq. 1), row by row: weights over the keys, then a weighted sum of values. */
const attend = (Q: number[][], K: number[][], V: number[][], allowed: (i: number, j: number) => boolean = () => true): number[][] =>
  Q.map((q, i) => {
    const keys = K.map((_, j) => j).filter((j) => allowed(i, j));
    const w = softmax(keys.map((j) => dot(q, K[j] ?? []) / Math.sqrt(q.length)));
    return (V[0] ?? []).map((_, c) => keys.reduce((s, j, n) => s + (w[n] ?? NaN) * (V[j]?.[c] ?? NaN), 0));
  });
const matVec = (W: readonly number[][], x: readonly number[]): number[] => W.map((r) => dot(r, x));
/** Layer normalisation without gain and bias (Ba et al. 2016), ε = 1e-5 as in torch.nn.LayerNorm. */
const layerNorm = (x: readonly number[]): number[] => {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
  return x.map((v) => (v - mean) / Math.sqrt(variance + 1e-5));
};
const sublayer = (x: readonly number[]): number[] => x.map((v, k) => Math.tanh(2 * v) + 0.1 * k);
const fn =
  (f: (x: number[]) => number[]): Fn =>
  (x: Value) =>
    f(x as number[]);

const Q = [
  [1, 0, 1],
  [0, 2, 0],
];
const K = [
  [1, 1, 0],
  [0, 1, 1],
  [1, 0, 0],
  [2, 0, 1],
];
const V = [
  [1, 0],
  [0, 1],
  [1, 1],
  [2, -1],
];

/** Luong et al.'s W_c (2 × 5) acting on a 3-dimensional context vector stacked on a 2-dimensional decoder state. */
const Wc = [
  [0.5, -1, 0.25, 2, 0],
  [-0.3, 0.2, 1, -0.5, 0.7],
];
const decoder = {
  W_c: Wc,
  c: [
    [1, -2, 0.5],
    [0, 3, -1],
  ],
  h: [
    [0.4, -0.6],
    [2, 1],
  ],
};

export const verifications: Verification[] = [
  formula(
    'transformer-learning-rate-schedule',
    {},
    [
      { t: 100, d_model: 512, T_warmup: 4000 },
      { t: 8000, d_model: 512, T_warmup: 4000 },
    ],
    // Linear warm-up to the peak at T_warmup, then decay as 1/√t (Vaswani et al. 2017, §5.3).
    ({ t, d_model, T_warmup }) => (t < T_warmup ? (t / T_warmup) * (d_model * T_warmup) ** -0.5 : (d_model * t) ** -0.5),
    [
      ['T_{\\text{warmup}}^{-1.5}', 'T_{\\text{warmup}}^{-0.5}'],
      ['t^{-0.5}', 't^{0.5}'],
    ],
  ),
  formula(
    'scaled-dot-product-attention',
    {},
    [{ Q, K, V, d_k: 3, softmax: softmaxFn }],
    ({ Q, K, V, d_k }) =>
      matmul(
        matmul(Q, T(K)).map((r) => softmax(r.map((x) => x / Math.sqrt(d_k)))),
        V,
      ),
    [['\\sqrt{d_k}', 'd_k']],
  ),
  formula(
    'attention-weights',
    {},
    [
      {
        e: [
          [1, 2, 3],
          [0, -1, 4],
          [-2, 0, 0.5],
        ],
        i: 2,
        j: 3,
        T_x: 3,
      },
      { e: [[5, -5, 0]], i: 1, j: 1, T_x: 3 },
    ],
    ({ e, i, j }) => at(softmax(e[i - 1] ?? []), j),
    [['e_{ik}', 'e_{ki}']],
  ),
  formula(
    'attention-context-vector',
    {},
    [
      {
        alpha: [
          [0.5, 0.3, 0.2],
          [0.1, 0.6, 0.3],
          [0.2, 0.2, 0.6],
        ],
        h: [
          [1, -1],
          [2, 0],
          [0, 3],
        ],
        i: 2,
        T_x: 3,
      },
    ],
    // The expected annotation under the alignment distribution α_i (Bahdanau et al. 2015, eq. 5).
    ({ alpha, h, i }) => matVec(T(h), alpha[i - 1] ?? []),
    [['\\alpha_{ij}', '\\alpha_{ji}']],
  ),
  formula(
    'bahdanau-additive-attention',
    { sides: [2] },
    [
      {
        s: [
          [0.5, -1],
          [1, 2],
        ],
        h: [
          [1, 0, -1],
          [0, 2, 1],
          [-1, 1, 0.5],
        ],
        W_a: [
          [0.2, -0.4],
          [0.7, 0.1],
        ],
        U_a: [
          [0.3, 0, -0.5],
          [-0.2, 0.6, 0.1],
        ],
        v_a: [1.5, -0.5],
        i: 2,
        j: 3,
      },
    ],
    // A one-hidden-layer feed-forward scorer of the previous decoder state and annotation j.
    ({ s, h, W_a, U_a, v_a, i, j }) => {
      const hidden = matVec(W_a, s[i - 2] ?? []).map((x, k) => Math.tanh(x + (matVec(U_a, h[j - 1] ?? [])[k] ?? NaN)));
      return dot(v_a, hidden);
    },
    [
      ['\\mathbf{W}_a \\mathbf{s}_{i-1}', '\\mathbf{W}_a \\mathbf{s}_{i}'],
      ['\\tanh\\left(', '\\left('],
    ],
  ),
  formula(
    'attentional-decoder-output',
    { sides: [1] },
    [
      {
        softmax: softmaxFn,
        W_s: [
          [1, 0],
          [0.5, -1],
          [-2, 3],
        ],
        tilde_h_t: [0.4, -0.7],
      },
    ],
    ({ W_s, tilde_h_t }) => softmax(matVec(W_s, tilde_h_t)),
    [['\\operatorname{softmax}\\left(\\mathbf{W}_s \\tilde{\\mathbf{h}}_t\\right)', '\\mathbf{W}_s \\tilde{\\mathbf{h}}_t']],
  ),
  formula(
    'luong-dot-attention',
    {},
    [
      {
        h_t: [1, 2],
        bar_h: [
          [1, 0],
          [0, 1],
          [-1, 1],
        ],
        s: 3,
      },
    ],
    ({ h_t, bar_h, s }) => dot(h_t, bar_h[s - 1] ?? []),
    [['\\mathbf{h}_t^\\top \\bar{\\mathbf{h}}_s', '\\mathbf{h}_t \\bar{\\mathbf{h}}_s']],
  ),
  formula(
    'luong-dot-attention',
    { block: 1 },
    [
      {
        score: (a: Value, b: Value) => dot(a as number[], b as number[]),
        h_t: [1, 2],
        bar_h: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        s: 2,
        S: 3,
      },
    ],
    ({ h_t, bar_h, s }) => at(softmax(bar_h.map((b) => dot(h_t, b))), s),
    [["\\bar{\\mathbf{h}}_{s'}", '\\bar{\\mathbf{h}}_{s}']],
  ),
  formula(
    'luong-general-attention',
    {},
    [
      {
        h_t: [1, -2],
        W_a: [
          [0.5, 1, 0],
          [2, -1, 0.5],
        ],
        bar_h: [
          [1, 0, 2],
          [0, 1, -1],
        ],
        s: 2,
      },
    ],
    ({ h_t, W_a, bar_h, s }) => dot(h_t, matVec(W_a, bar_h[s - 1] ?? [])),
    [['\\mathbf{h}_t^\\top \\mathbf{W}_a \\bar{\\mathbf{h}}_s', '\\mathbf{h}_t^\\top \\bar{\\mathbf{h}}_s']],
  ),
  formula(
    'dot-product-attention',
    {},
    [
      {
        softmax: softmaxFn,
        q: [[1, 0, -1]],
        K: K.slice(0, 3),
        V: V.slice(0, 3),
        // k_j and v_j are the rows of K and V (row vectors).
        k: K.slice(0, 3).map((r) => [r]),
        v: V.slice(0, 3).map((r) => [r]),
        n: 3,
      },
    ],
    ({ q, K, V }) => {
      const w = softmax(K.map((k) => dot(q[0] ?? [], k)));
      return [(V[0] ?? []).map((_, c) => V.reduce((s, r, j) => s + (w[j] ?? NaN) * (r[c] ?? NaN), 0))];
    },
    [
      ['\\exp\\left(\\mathbf{q}\\mathbf{k}_l^\\top\\right)', '\\exp\\left(\\mathbf{q}\\mathbf{k}_j^\\top\\right)'],
      ['\\operatorname{softmax}\\left(\\mathbf{q}\\mathbf{K}^\\top\\right)', '\\left(\\mathbf{q}\\mathbf{K}^\\top\\right)'],
    ],
  ),
  formula(
    'causal-mask',
    {},
    [
      {
        softmax: softmaxFn,
        Q: [
          [1, 0],
          [0, 2],
          [-1, 1],
        ],
        K: [
          [1, 1],
          [0, -1],
          [2, 0],
        ],
        V: [
          [1, 0],
          [0, 1],
          [3, -2],
        ],
        d_k: 2,
        M: [
          [0, -Infinity, -Infinity],
          [0, 0, -Infinity],
          [0, 0, 0],
        ],
      },
    ],
    // Position i attends only to positions j ≤ i.
    ({ Q, K, V }) => attend(Q, K, V, (i, j) => j <= i),
    [
      ['+ \\mathbf{M}', '- \\mathbf{M}'],
      ['\\sqrt{d_k}', 'd_k'],
    ],
  ),
  formula(
    'causal-mask',
    { block: 1 },
    [
      { i: 2, j: 1 },
      { i: 2, j: 2 },
      { i: 2, j: 3 },
    ],
    ({ i, j }) => (j > i ? -Infinity : 0),
    [['j \\le i', 'j < i']],
  ),
  formula(
    'cross-attention',
    {},
    [
      {
        softmax: softmaxFn,
        X: [
          [1, 0, -1],
          [0.5, 2, 0],
        ],
        Z: [
          [1, 1, 0],
          [0, -1, 2],
          [1, 0, 1],
        ],
        'W^Q': [
          [1, 0],
          [0, 1],
          [1, -1],
        ],
        'W^K': [
          [0.5, 0],
          [1, 1],
          [0, -1],
        ],
        'W^V': [
          [1, 2],
          [0, 1],
          [-1, 0],
        ],
        d_k: 2,
      },
    ],
    // Queries from the decoder sequence X, keys and values from the encoder sequence Z.
    (s) => attend(matmul(s.X, s['W^Q']), matmul(s.Z, s['W^K']), matmul(s.Z, s['W^V'])),
    [
      ['\\sqrt{d_k}', 'd_k'],
      ['\\left(\\mathbf{Z}\\mathbf{W}^K\\right)^\\top', '\\left(\\mathbf{Z}\\mathbf{W}^K\\right)'],
    ],
  ),
  formula(
    'multi-head-attention',
    { block: 1 },
    [
      {
        Attention: (q: Value, k: Value, v: Value) => attend(q as number[][], k as number[][], v as number[][]),
        Q,
        K,
        V,
        'W^Q': [
          [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
          [
            [0, 1],
            [-1, 0],
            [2, 0],
          ],
        ],
        'W^K': [
          [
            [1, 1],
            [0, 1],
            [1, 0],
          ],
          [
            [0.5, 0],
            [0, 0.5],
            [1, -1],
          ],
        ],
        'W^V': [
          [
            [1, 0],
            [0, 1],
          ],
          [
            [2, 0],
            [1, -1],
          ],
        ],
        i: 2,
      },
    ],
    // Head i attends with its own projections of queries, keys and values.
    (s) => attend(matmul(s.Q, s['W^Q'][1] ?? []), matmul(s.K, s['W^K'][1] ?? []), matmul(s.V, s['W^V'][1] ?? [])),
    [['\\mathbf{K}\\mathbf{W}_i^K', '\\mathbf{K}\\mathbf{W}_i^Q']],
  ),
  formula(
    'self-attention-projections',
    { block: 1 },
    [
      {
        X: [
          [1, 2, 0],
          [-1, 0, 3],
        ],
        'W^Q': [
          [1, 0],
          [0, -1],
          [2, 1],
        ],
      },
    ],
    // Row t of Q is the query of token t: W^Q applied to the token's row of X.
    (s) => s.X.map((x) => T(s['W^Q']).map((col) => dot(x, col))),
    [['\\mathbf{X}\\mathbf{W}^Q', '\\mathbf{W}^Q']],
  ),
  formula(
    'position-wise-feed-forward',
    {},
    [
      {
        x: [[1, -2, 0.5]],
        W_1: [
          [1, 0, -1, 0.5],
          [0.5, 1, 0, -1],
          [0, 2, 1, 1],
        ],
        b_1: [[0.1, -0.2, 0, 0.3]],
        W_2: [
          [1, 0],
          [0, 1],
          [-1, 1],
          [0.5, -0.5],
        ],
        b_2: [[0, 1]],
      },
    ],
    // Two linear maps with a ReLU in between, applied to one position.
    ({ x, W_1, b_1, W_2, b_2 }) => {
      const hidden = T(W_1).map((col, k) => Math.max(0, dot(x[0] ?? [], col) + (b_1[0]?.[k] ?? NaN)));
      return [T(W_2).map((col, k) => dot(hidden, col) + (b_2[0]?.[k] ?? NaN))];
    },
    [['\\max\\left(0, \\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1\\right)', '\\left(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1\\right)']],
  ),
  formula(
    'post-layer-norm-residual',
    {},
    [{ LayerNorm: fn(layerNorm), F_l: fn(sublayer), x_l: [1, -2, 3, 0.5] }],
    // Residual connection first, then normalisation (the original Transformer).
    ({ x_l }) => layerNorm(x_l.map((v, k) => v + (sublayer(x_l)[k] ?? NaN))),
    [
      [
        '\\operatorname{LayerNorm}\\left(\\mathbf{x}_l + F_l\\left(\\mathbf{x}_l\\right)\\right)',
        '\\mathbf{x}_l + F_l\\left(\\mathbf{x}_l\\right)',
      ],
    ],
  ),
  formula(
    'pre-layer-norm-residual',
    {},
    [{ LayerNorm: fn(layerNorm), F_l: fn(sublayer), x_l: [1, -2, 3, 0.5] }],
    // Normalise the sub-layer's input only; the residual path stays an identity.
    ({ x_l }) => {
      const f = sublayer(layerNorm(x_l));
      return x_l.map((v, k) => v + (f[k] ?? NaN));
    },
    [
      [
        'F_l\\left(\\operatorname{LayerNorm}\\left(\\mathbf{x}_l\\right)\\right)',
        '\\operatorname{LayerNorm}\\left(F_l\\left(\\mathbf{x}_l\\right)\\right)',
      ],
    ],
  ),
  chain(
    'sinusoidal-positional-encoding',
    {},
    [
      { pos: 3, i: 1, d_model: 8 },
      { pos: 0, i: 0, d_model: 8 },
      { pos: 50, i: 3, d_model: 8 },
    ],
    ([even = '', odd = ''], s, ev) => ({ even: ev(even, s), odd: ev(odd, s) }),
    // As in the PyTorch tutorial: frequencies exp(−log(10000)·2i/d_model), sine on even, cosine on odd dimensions.
    ({ pos, i, d_model }) => {
      const frequency = Math.exp((2 * i * -Math.log(10000)) / d_model);
      return { even: Math.sin(pos * frequency), odd: Math.cos(pos * frequency) };
    },
    [
      ['\\sin', '\\cos'],
      ['{2i / d_{\\text{model}}}', '{i / d_{\\text{model}}}'],
    ],
  ),
  formula(
    'swiglu-feed-forward',
    { block: 1 },
    [
      { sigma, beta: 1, z: -2 },
      { sigma, beta: 1, z: 3 },
      { sigma, beta: 0.5, z: 0 },
      { sigma, beta: 0.5, z: -30 },
    ],
    // SiLU/Swish: z / (1 + e^{−βz}).
    ({ beta, z }) => z / (1 + Math.exp(-beta * z)),
    [['\\sigma(\\beta z)', '\\sigma(z)']],
  ),
  formula(
    'glu',
    { block: 1 },
    [
      {
        sigma,
        x: [[1, -1, 2]],
        W: [
          [1, 0],
          [0.5, -1],
          [0, 2],
        ],
        V: [
          [0, 1],
          [1, 1],
          [-1, 0.5],
        ],
        b: [[0.1, -0.2]],
        c: [[0, 0.5]],
      },
    ],
    // Shazeer (2020), eq. 1: a sigmoid gate on one projection times a second projection.
    ({ x, W, V, b, c }) => {
      const row = x[0] ?? [];
      const gate = T(W).map((col, k) => sigmoid(dot(row, col) + (b[0]?.[k] ?? NaN)));
      return [T(V).map((col, k) => (gate[k] ?? NaN) * (dot(row, col) + (c[0]?.[k] ?? NaN)))];
    },
    [['\\sigma\\left(\\mathbf{x}\\mathbf{W} + \\mathbf{b}\\right)', '\\left(\\mathbf{x}\\mathbf{W} + \\mathbf{b}\\right)']],
  ),
  formula(
    'alibi',
    { block: 1 },
    [
      { h: 1, H: 8 },
      { h: 8, H: 8 },
      { h: 3, H: 16 },
    ],
    // Press et al. (2022): a geometric sequence that starts at 2^(−8/H) with that same ratio.
    ({ h, H }) => 2 ** (-8 / H) * (2 ** (-8 / H)) ** (h - 1),
    [['-8h/H', '-8(h-1)/H']],
  ),
  formula(
    'linear-attention',
    { sides: [1, 2] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        q: [
          [1, -1],
          [0.5, 2],
        ],
        k: [
          [1, -1],
          [0, 2],
          [-0.5, 0.5],
        ],
        v: [
          [1, 2],
          [3, 4],
          [-1, 0],
        ],
        N: 3,
        i: 2,
      },
    ],
    // Attention with the kernel similarity φ(q)·φ(k) in place of exp(q·k): a weighted mean of the values.
    ({ q, k, v, i }) => {
      const phi = (x: number[]) => x.map((y) => (y > 0 ? y + 1 : Math.exp(y)));
      const w = k.map((kj) => dot(phi(q[i - 1] ?? []), phi(kj)));
      const total = w.reduce((a, b) => a + b, 0);
      return (v[0] ?? []).map((_, c) => v.reduce((s, vj, j) => s + (w[j] ?? NaN) * (vj[c] ?? NaN), 0) / total);
    },
    [['{\\sum_{j=1}^{N} \\phi(\\mathbf{q}_i)^\\top \\phi(\\mathbf{k}_j)}', '{\\sum_{j=1}^{N} \\phi(\\mathbf{k}_j)}']],
  ),
  formula(
    'linear-attention',
    { block: 1, sides: [1] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        k: [
          [1, -1],
          [0, 2],
        ],
        v: [
          [1, 2],
          [3, 4],
        ],
        i: 2,
      },
    ],
    () => [
      [2 * 1 + 1 * 3, 2 * 2 + 1 * 4],
      [Math.exp(-1) * 1 + 3 * 3, Math.exp(-1) * 2 + 3 * 4],
    ],
    [['\\sum_{j=1}^{i} \\phi(\\mathbf{k}_j) \\mathbf{v}_j^\\top', '\\sum_{j=1}^{i-1} \\phi(\\mathbf{k}_j) \\mathbf{v}_j^\\top']],
  ),
  formula(
    'attentional-decoder-state',
    {},
    [1, 2].map((t) => ({ ...decoder, t })),
    // Luong et al. (2015), eq. 5: W_c[c_t; h_t] is W_c's first 3 columns applied to c_t plus its last 2 applied to h_t.
    ({ W_c, c, h, t }) => {
      const [ct, ht] = [c[t - 1] ?? [], h[t - 1] ?? []];
      const left = W_c.map((r) => r.slice(0, ct.length));
      const right = W_c.map((r) => r.slice(ct.length));
      return matVec(left, ct).map((v, k) => Math.tanh(v + (matVec(right, ht)[k] ?? NaN)));
    },
    [
      ['\\left[\\mathbf{c}_t; \\mathbf{h}_t\\right]', '\\left[\\mathbf{h}_t; \\mathbf{c}_t\\right]'],
      ['\\tanh\\left(', '\\left('],
    ],
  ),
];
