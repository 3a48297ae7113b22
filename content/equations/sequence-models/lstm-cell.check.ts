import { chain, type Check } from '../../../src/lib/verification';
import { affine, grid, hPrev, sequenceModelsVec, sigma, sigmoid, x_t } from '../../../src/verification/reference';

export default [
  chain(
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
        ...{ b_i: sequenceModelsVec(3, 9), b_f: sequenceModelsVec(3, 10), b_o: sequenceModelsVec(3, 11), b_g: sequenceModelsVec(3, 12) },
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
] satisfies Check[];
