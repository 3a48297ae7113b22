import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, sum } from '../../../src/verification/reference';

/** The inhomogeneous polynomial kernel by its binomial expansion Σ_k C(M, k) c^{M−k} ⟨x, x'⟩^k (Shawe-Taylor & Cristianini 2004, §9.1). */
const poly = (x: readonly number[], y: readonly number[], c: number, M: number) => {
  const choose = (k: number): number => (k === 0 ? 1 : (choose(k - 1) * (M - k + 1)) / k);
  return sum(Array.from({ length: M + 1 }, (_, k) => choose(k) * c ** (M - k) * dot(x, y) ** k));
};

export default [
  formula(
    {},
    [
      { x: [1, 0, -2], x_prime: [0, 5, 1] },
      { x: [1e3, -2e3], x_prime: [3e3, 5e2] },
      { x: [1, 2], x_prime: [2, 1] },
    ].map((s) => ({ ...s, M: 2 })),
    // Degree 2 in 2-D and 3-D: the inner product of the explicit monomial features x_i x_j.
    ({ x, x_prime }) => sum(x.flatMap((a, i) => x.map((b, j) => a * b * at(x_prime, i + 1) * at(x_prime, j + 1)))),
    [['\\right)^{M}', '\\right)']],
  ),
  formula(
    { block: 1 },
    [
      { x: [1, 2], x_prime: [3, -1], c: 1, M: 3 },
      { x: [0, 0], x_prime: [1, 1], c: 2, M: 2 },
      { x: [1, -1], x_prime: [2, 0.5], c: 0, M: 4 },
    ],
    ({ x, x_prime, c, M }) => poly(x, x_prime, c, M),
    [["\\mathbf{x}' + c", "\\mathbf{x}' - c"]],
  ),
] satisfies Check[];
