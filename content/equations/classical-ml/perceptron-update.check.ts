import { chain, type Check } from '../../../src/lib/verification';
import { afterQquad, rewritten } from '../../../src/verification/reference';

/** Points on both sides of the boundary: the rule fires only when y_i (wᵀx_i + b) ≤ 0. */
const perceptronSamples = [
  { w: [0.5, -1], b: 0.25, x: [[1, 2]], y: [1], i: 1, eta: 0.1 },
  { w: [0.5, -1], b: 0.25, x: [[3, 1]], y: [-1], i: 1, eta: 1 },
  // On the boundary (margin exactly 0), which counts as a mistake.
  { w: [1, 1], b: 0, x: [[1, -1]], y: [1], i: 1, eta: 0.5 },
];

export default [
  rewritten(
    chain(
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
] satisfies Check[];
