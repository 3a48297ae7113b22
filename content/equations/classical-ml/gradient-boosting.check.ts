import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

/** Three regression stumps h_1..h_3 on scalar inputs, their line-search steps ρ_m and F_0 = the mean target 1.5. */
const stumps = [(x: number) => (x < 0 ? -1 : 2), (x: number) => (x < 1 ? 0.5 : -0.5), (x: number) => (x < -1 ? 3 : 0)];

const rhos = [0.8, 1.2, -0.4];

/** scikit-learn's staged_predict: F_m(x) = F_0 + η Σ_{k ≤ m} ρ_k h_k(x), the additive expansion (Friedman 2001, Algorithm 1). */
const staged = (x: number, m: number, eta: number): number => 1.5 + eta * sum(stumps.slice(0, m).map((h, k) => (rhos[k] ?? NaN) * h(x)));

export default [
  formula(
    { block: 2 },
    [
      { x: -2, m: 1, eta: 0.1 },
      { x: 0.5, m: 2, eta: 0.1 },
      { x: -1.5, m: 3, eta: 1 },
      { x: 3, m: 3, eta: 0.5 },
    ].map((s) => ({
      ...s,
      rho: rhos,
      F: (x: Value, m: Value) => staged(Number(x), Number(m), s.eta),
      h: (x: Value, m: Value) => stumps[Number(m) - 1]?.(Number(x)) ?? NaN,
    })),
    ({ x, m, eta }) => staged(x, m, eta),
    [
      ['F_{m-1}(\\mathbf{x})', 'F_{m}(\\mathbf{x})'],
      ['\\eta \\, \\rho_m', '\\rho_m'],
    ],
  ),
] satisfies Check[];
