import { type Check, formula } from '../../../src/lib/verification';
import { dot, matVec } from '../../../src/verification/reference';

export default [
  formula(
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
] satisfies Check[];
