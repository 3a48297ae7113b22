import { type Check, formula } from '../../../src/lib/verification';
import { contingency } from '../../../src/verification/reference';

/** Adjusted Rand index by counting pairs of points (scikit-learn's pair_confusion_matrix form, Hubert & Arabie 1985). */
const ariByPairs = (u: readonly number[], v: readonly number[]): number => {
  let [same, onlyU, onlyV, neither] = [0, 0, 0, 0];
  for (let i = 0; i < u.length; i++) {
    for (let j = i + 1; j < u.length; j++) {
      const su = u[i] === u[j];
      const sv = v[i] === v[j];
      if (su && sv) same++;
      else if (su) onlyU++;
      else if (sv) onlyV++;
      else neither++;
    }
  }
  return (2 * (same * neither - onlyU * onlyV)) / ((same + onlyU) * (onlyU + neither) + (same + onlyV) * (onlyV + neither));
};

export default [
  formula(
    {},
    [
      { u: [0, 0, 0, 1, 1, 1, 2, 2], v: [0, 0, 1, 1, 2, 2, 2, 2] },
      { u: [0, 0, 1, 1, 2], v: [5, 5, 3, 3, 4] },
      { u: [0, 1, 0, 1, 0, 1], v: [0, 0, 0, 1, 1, 1] },
    ].map(({ u, v }) => {
      const { n, a, b, N } = contingency(u, v);
      return { u, v, n, a, b, N };
    }),
    // Counting pairs of points on the two labelings u and v the table n comes from.
    ({ u, v }) => ariByPairs(u, v),
    [
      ['\\frac{1}{2} \\left[', '\\left['],
      ['\\binom{n_{ij}}{2}', '\\binom{n_{ij}}{1}'],
    ],
  ),
] satisfies Check[];
