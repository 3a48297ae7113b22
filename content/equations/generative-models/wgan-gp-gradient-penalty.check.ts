import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { block: 1 },
    [
      { epsilon: 0.25, x: [1, -2], tilde_x: [3, 2] },
      { epsilon: 1, x: [1, -2], tilde_x: [3, 2] },
    ],
    // A point on the segment from the generated sample x̃ (ε = 0) to the real sample x (ε = 1).
    ({ epsilon, x, tilde_x }) => tilde_x.map((t, k) => t + epsilon * ((x[k] ?? NaN) - t)),
    [['(1 - \\epsilon) \\, \\tilde{\\mathbf{x}}', '\\epsilon \\, \\tilde{\\mathbf{x}}']],
  ),
] satisfies Check[];
