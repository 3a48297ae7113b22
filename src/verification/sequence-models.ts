import { chain, formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';
import { dot, rewritten, sigma, sigmoid, softmax, softmaxFn } from './reference';

/** A fixed r×c sample matrix with mixed signs (entries sin(seed + 3i + 7j), rounded to 2 digits). */
const grid = (r: number, c: number, seed: number): number[][] =>
  Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => Math.round(100 * Math.sin(seed + 3 * i + 7 * j)) / 100));
const vec = (n: number, seed: number): number[] => grid(1, n, seed)[0] ?? [];
/** W x + U h + b, the affine pre-activation of a recurrent unit. */
const affine = (W: number[][], x: number[], U: number[][], h: number[], b: number[]): number[] =>
  W.map((row, k) => dot(row, x) + dot(U[k] ?? [], h) + (b[k] ?? NaN));

const x_t = [1, -0.5];
const hPrev = [0.2, -0.1, 0.4];

export const verifications: Verification[] = [
  chain(
    'elman-rnn',
    {},
    [
      {
        softmax: softmaxFn,
        t: 2,
        x_t,
        h: [hPrev],
        W_xh: grid(3, 2, 1),
        W_hh: grid(3, 3, 2),
        b_h: vec(3, 3),
        W_hy: grid(2, 3, 4),
        b_y: vec(2, 5),
      },
    ],
    ([hRow = '', oRow = '', yRow = ''], s, ev) => {
      const h_t = ev(hRow, s);
      const o_t = ev(oRow, { ...s, h_t });
      return { h_t, o_t, hat_y_t: ev(yRow, { ...s, o_t }) };
    },
    // torch.nn.RNN (tanh) for one step, with a linear read-out and a softmax over its outputs.
    ({ x_t, h, W_xh, W_hh, b_h, W_hy, b_y }) => {
      const h_t = affine(W_xh, x_t, W_hh, h[0] ?? [], b_h).map(Math.tanh);
      const o_t = W_hy.map((row, k) => dot(row, h_t) + (b_y[k] ?? NaN));
      return { h_t, o_t, hat_y_t: softmax(o_t) };
    },
    [
      ['\\mathbf{W}_{hh} \\mathbf{h}_{t-1} + \\mathbf{b}_h', '\\mathbf{W}_{hh} \\mathbf{h}_{t-1}'],
      ['\\hat{\\mathbf{y}}_t &= \\operatorname{softmax}\\left(\\mathbf{o}_t\\right)', '\\hat{\\mathbf{y}}_t &= \\mathbf{o}_t'],
    ],
  ),
  chain(
    'gru-cell',
    {},
    [
      {
        sigma,
        t: 2,
        x_t,
        h: [hPrev],
        W_r: grid(3, 2, 1),
        W_z: grid(3, 2, 2),
        W_h: grid(3, 2, 3),
        U_r: grid(3, 3, 4),
        U_z: grid(3, 3, 5),
        U_h: grid(3, 3, 6),
        b_r: vec(3, 7),
        b_z: vec(3, 8),
        b_h: vec(3, 9),
      },
    ],
    ([rRow = '', zRow = '', candRow = '', hRow = ''], s, ev) => {
      const r_t = ev(rRow, s);
      const z_t = ev(zRow, s);
      const tilde_h_t = ev(candRow, { ...s, r_t });
      return { r_t, z_t, tilde_h_t, h_t: ev(hRow, { ...s, z_t, tilde_h_t }) };
    },
    // Cho et al. (2014), §2.3: the reset gate acts on h_{t−1} before U_h; z keeps the old state.
    ({ x_t, h, W_r, W_z, W_h, U_r, U_z, U_h, b_r, b_z, b_h }) => {
      const prev = h[0] ?? [];
      const r_t = affine(W_r, x_t, U_r, prev, b_r).map(sigmoid);
      const z_t = affine(W_z, x_t, U_z, prev, b_z).map(sigmoid);
      const tilde_h_t = affine(
        W_h,
        x_t,
        U_h,
        prev.map((v, k) => v * (r_t[k] ?? NaN)),
        b_h,
      ).map(Math.tanh);
      const h_t = prev.map((v, k) => (z_t[k] ?? NaN) * v + (1 - (z_t[k] ?? NaN)) * (tilde_h_t[k] ?? NaN));
      return { r_t, z_t, tilde_h_t, h_t };
    },
    [
      ['\\left(\\mathbf{1} - \\mathbf{z}_t\\right) \\odot \\tilde{\\mathbf{h}}_t', '\\mathbf{z}_t \\odot \\tilde{\\mathbf{h}}_t'],
      ['\\mathbf{U}_h \\left(\\mathbf{r}_t \\odot \\mathbf{h}_{t-1}\\right)', '\\mathbf{U}_h \\mathbf{h}_{t-1}'],
    ],
  ),
  formula(
    'gru-cell',
    { block: 1, sides: [1] },
    [
      {
        t: 2,
        x_t,
        h: [hPrev],
        r_t: [0.9, 0.1, 0.5],
        W_h: grid(3, 2, 3),
        U_h: grid(3, 3, 6),
        b_h: vec(3, 9),
        b_prime_h: vec(3, 10),
      },
    ],
    // torch.nn.GRU's candidate: n_t = tanh(W_in x + b_in + r_t ⊙ (W_hn h + b_hn)).
    ({ x_t, h, r_t, W_h, U_h, b_h, b_prime_h }) =>
      W_h.map((row, k) =>
        Math.tanh(dot(row, x_t) + (b_h[k] ?? NaN) + (r_t[k] ?? NaN) * (dot(U_h[k] ?? [], h[0] ?? []) + (b_prime_h[k] ?? NaN))),
      ),
    [
      [
        "\\mathbf{r}_t \\odot \\left(\\mathbf{U}_h \\mathbf{h}_{t-1} + \\mathbf{b}'_h\\right)",
        "\\mathbf{r}_t \\odot \\mathbf{U}_h \\mathbf{h}_{t-1} + \\mathbf{b}'_h",
      ],
    ],
  ),
  chain(
    'lstm-cell',
    {},
    [
      {
        sigma,
        t: 2,
        x_t,
        h: [hPrev],
        c: [[1.5, -2, 0.3]],
        ...{ W_i: grid(3, 2, 1), W_f: grid(3, 2, 2), W_o: grid(3, 2, 3), W_g: grid(3, 2, 4) },
        ...{ U_i: grid(3, 3, 5), U_f: grid(3, 3, 6), U_o: grid(3, 3, 7), U_g: grid(3, 3, 8) },
        ...{ b_i: vec(3, 9), b_f: vec(3, 10), b_o: vec(3, 11), b_g: vec(3, 12) },
      },
    ],
    ([iRow = '', fRow = '', oRow = '', gRow = '', cRow = '', hRow = ''], s, ev) => {
      const [i_t, f_t, o_t, g_t] = [iRow, fRow, oRow, gRow].map((row) => ev(row, s));
      const c_t = ev(cRow, { ...s, i_t: i_t ?? NaN, f_t: f_t ?? NaN, g_t: g_t ?? NaN });
      return { i_t: i_t ?? NaN, f_t: f_t ?? NaN, o_t: o_t ?? NaN, g_t: g_t ?? NaN, c_t, h_t: ev(hRow, { ...s, o_t: o_t ?? NaN, c_t }) };
    },
    // torch.nn.LSTM for one step: input, forget and output gates, a tanh candidate, then c and h.
    (s) => {
      const prev = s.h[0] ?? [];
      const gate = (W: number[][], U: number[][], b: number[], f: (x: number) => number) => affine(W, s.x_t, U, prev, b).map(f);
      const i_t = gate(s.W_i, s.U_i, s.b_i, sigmoid);
      const f_t = gate(s.W_f, s.U_f, s.b_f, sigmoid);
      const o_t = gate(s.W_o, s.U_o, s.b_o, sigmoid);
      const g_t = gate(s.W_g, s.U_g, s.b_g, Math.tanh);
      const c_t = (s.c[0] ?? []).map((v, k) => (f_t[k] ?? NaN) * v + (i_t[k] ?? NaN) * (g_t[k] ?? NaN));
      return { i_t, f_t, o_t, g_t, c_t, h_t: c_t.map((v, k) => (o_t[k] ?? NaN) * Math.tanh(v)) };
    },
    [
      ['\\mathbf{f}_t \\odot \\mathbf{c}_{t-1}', '\\mathbf{i}_t \\odot \\mathbf{c}_{t-1}'],
      ['\\mathbf{o}_t \\odot \\tanh\\left(\\mathbf{c}_t\\right)', '\\mathbf{o}_t \\odot \\mathbf{c}_t'],
      ['\\mathbf{g}_t &= \\tanh', '\\mathbf{g}_t &= \\sigma'],
    ],
  ),
  rewritten(
    chain(
      'beam-search-length-normalization',
      { block: 1 },
      [
        {
          len: (v: Value) => (v as number[]).length,
          alpha: 0.6,
          beta: 0.2,
          X: [11, 12, 13],
          Y: [21, 22],
          // Attention of target word j on source word i: word 1 over-covered (sum > 1, capped), word 3 barely.
          p: [
            [0.7, 0.6],
            [0.2, 0.3],
            [0.1, 0.1],
          ],
        },
      ],
      ([lpRow = '', cpRow = ''], s, ev) => ({ lp: ev(lpRow, s), cp: ev(cpRow, s) }),
      // Wu et al. (2016), eq. 14: length penalty ((5 + |Y|)/6)^α and a coverage penalty capped at full coverage.
      ({ alpha, beta, Y, p }) => ({
        lp: ((5 + Y.length) / 6) ** alpha,
        cp:
          beta *
          p.reduce(
            (t, row) =>
              t +
              Math.log(
                Math.min(
                  1,
                  row.reduce((a, b) => a + b, 0),
                ),
              ),
            0,
          ),
      }),
      [
        ['\\left(5 + 1\\right)^{\\alpha}', '5^{\\alpha}'],
        ['\\log\\left(\\min', '\\left(\\min'],
      ],
    ),
    // |X| and |Y| are the lengths of the sequences, bound as the function len.
    (latex) => latex.replaceAll('\\lvert X \\rvert', '\\operatorname{len}(X)').replaceAll('\\lvert Y \\rvert', '\\operatorname{len}(Y)'),
  ),
];
