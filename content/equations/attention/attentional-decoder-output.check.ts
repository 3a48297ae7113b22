import { type Check, formula } from '../../../src/lib/verification';
import { matVec, softmax, softmaxFn } from '../../../src/verification/reference';

export default [
  formula(
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
] satisfies Check[];
