import { chain, type Check } from '../../../src/lib/verification';
import { affine, dot, grid, hPrev, sequenceModelsVec, softmax, softmaxFn, x_t } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [
      {
        softmax: softmaxFn,
        t: 2,
        x_t,
        h: [hPrev],
        W_xh: grid(3, 2, 1),
        W_hh: grid(3, 3, 2),
        b_h: sequenceModelsVec(3, 3),
        W_hy: grid(2, 3, 4),
        b_y: sequenceModelsVec(2, 5),
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
] satisfies Check[];
