import { type Check, formula } from '../../../src/lib/verification';
import { derivative, gradient, rewritten, sum, unit } from '../../../src/verification/reference';

/** A loss on the weights, L(w) = Σ_k (w_k³/3 + k·w_k/2) (0-based k), whose gradient is w_k² + k/2. */
const weightLoss = (w: readonly number[]): number => sum(w.map((x, k) => x ** 3 / 3 + 0.5 * k * x));

/** ∂L/∂g and ∇_v L of L(g v / ‖v‖), numerically. */
const gradWeightNorm = (g: number, v: readonly number[]) => ({
  g: derivative((gg) => weightLoss(unit(v).map((x) => gg * x)), g),
  v: gradient((vv) => weightLoss(unit(vv).map((x) => g * x)), v),
});

export default [
  formula(
    {},
    [
      { g: 2, v: [3, 4] },
      { g: -0.5, v: [1, -1, 2] },
    ],
    // torch.nn.utils.weight_norm (Salimans & Kingma 2016): w = g · v / ‖v‖, so ‖w‖ = |g|.
    ({ g, v }) => unit(v).map((x) => g * x),
    [['\\frac{g}{\\lVert \\mathbf{v} \\rVert_2}', 'g']],
  ),
  ...[0, 1].map((part) =>
    rewritten(
      formula(
        { block: 1, tolerance: 1e-7 },
        [
          { g: 2, v: [3, 4] },
          { g: -0.5, v: [1, -1, 2] },
        ].map(({ g, v }) => {
          const w = unit(v).map((x) => g * x);
          return { g, v, nabla_w_L: w.map((x, k) => x * x + 0.5 * k), nabla_g_L: gradWeightNorm(g, v).g };
        }),
        // Salimans & Kingma 2016, eq. 3, against the gradients of L(w(g, v)) taken numerically.
        ({ g, v }) => (part === 0 ? gradWeightNorm(g, v).g : gradWeightNorm(g, v).v),
        part === 0
          ? [['\\mathbf{v}}{\\lVert \\mathbf{v} \\rVert_2}', '\\mathbf{v}}{\\lVert \\mathbf{v} \\rVert_2^{2}}']]
          : [['- \\frac{g \\, \\nabla_{g} L}', '+ \\frac{g \\, \\nabla_{g} L}']],
      ),
      (latex) => latex.split('\\qquad')[part] ?? '',
    ),
  ),
] satisfies Check[];
