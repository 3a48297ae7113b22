import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, matmul, rewritten, T, unit } from '../../../src/verification/reference';

/** The largest singular value of a matrix with two rows: √(largest eigenvalue of WWᵀ), in closed form. */
const spectralNorm = (w: number[][]): number => {
  const [[a = 0, b = 0] = [], [, d = 0] = []] = matmul(w, T(w));
  return Math.sqrt((a + d + Math.sqrt((a - d) ** 2 + 4 * b * b)) / 2);
};

export default [
  rewritten(
    formula(
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
] satisfies Check[];
