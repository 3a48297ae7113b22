import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, softmax } from '../../../src/verification/reference';

export default [
  formula(
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
] satisfies Check[];
