import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, phi, rewritten, sum, support } from '../../../src/verification/reference';

export default [
  rewritten(
    formula(
      {},
      [
        { q: [1, 1], b: -0.5 },
        { q: [0.5, -2], b: 1 },
        // A large negative bias flips the sign of the first point.
        { q: [1, 1], b: -40 },
        { q: [0.1, 0.1], b: 0.05 },
        // Near the negative support vector: its term outweighs the others and the sign is −1.
        { q: [-1, 0.3], b: -1.5 },
      ].map((s) => ({
        ...s,
        N: 3,
        alpha: [0.5, 1, 0.25],
        y: [1, -1, 1],
        x: support,
        K: (a: Value, c: Value) => dot(a as number[], c as number[]) ** 2,
        sign: (v: Value) => Math.sign(v as number),
      })),
      // The primal form in the explicit feature space of K(x, x') = (x·x')²: sign(wᵀφ(x) + b) with
      // w = Σ α_i y_i φ(x_i) (Schölkopf & Smola 2002, §7.4).
      ({ q, b, alpha, y }) => {
        const w = [0, 1, 2].map((m) => sum(support.map((xi, i) => at(alpha, i + 1) * at(y, i + 1) * (phi(xi)[m] ?? NaN))));
        return Math.sign(dot(w, phi(q)) + b);
      },
      [
        ['+ b', '- b'],
        ['\\alpha_i y_i K', '\\alpha_i K'],
      ],
    ),
    // The query point is bound as q, since x_i indexes the support vectors in x.
    (latex) => latex.replace('K(\\mathbf{x}_i, \\mathbf{x})', 'K(\\mathbf{x}_i, \\mathbf{q})'),
  ),
] satisfies Check[];
