import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { sum, vec } from '../../../src/verification/reference';

/** Gini impurity of a label list: the probability that two draws with replacement disagree. */
const gini = (ys: readonly number[]) => {
  let disagree = 0;
  for (const a of ys) for (const b of ys) if (a !== b) disagree++;
  return disagree / (ys.length * ys.length);
};

export default [
  formula(
    {},
    [
      { p: [0.2, 0.5, 0.3], K: 3 },
      { p: [1, 0], K: 2 },
      { p: [0.25, 0.25, 0.25, 0.25], K: 4 },
    ],
    // The probability that two labels drawn independently from p differ (Breiman et al. 1984).
    ({ p }) => sum(p.flatMap((a, i) => p.map((b, j) => (i === j ? 0 : a * b)))),
    [
      ['p_k \\left( 1 - p_k \\right)', '\\left( 1 - p_k \\right)'],
      ['p_k^2', 'p_k'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { D: [1, 1, 2, 2, 2, 3], D_L: [1, 1, 2], D_R: [2, 2, 3] },
      { D: [0, 0, 1, 1], D_L: [0, 0], D_R: [1, 1] },
    ].map((s) => ({ ...s, N: s.D.length, N_L: s.D_L.length, N_R: s.D_R.length, G: (v: Value) => gini(vec(v)) })),
    // scikit-learn's impurity decrease for one split, from the label lists.
    ({ D, D_L, D_R }) => gini(D) - (D_L.length / D.length) * gini(D_L) - (D_R.length / D.length) * gini(D_R),
    [['\\frac{N_{\\mathrm{L}}}{N} G(D_{\\mathrm{L}})', 'G(D_{\\mathrm{L}})']],
  ),
] satisfies Check[];
