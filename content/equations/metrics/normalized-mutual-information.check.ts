import { type Fn, type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { contingency, nums, sum } from '../../../src/verification/reference';

/** Entropy and mutual information of labelings from empirical frequencies (natural log, as scikit-learn). */
const freq = (xs: readonly number[]): number[] => [...new Set(xs)].map((k) => xs.filter((x) => x === k).length / xs.length);

const entropy = (xs: readonly number[]): number => -sum(freq(xs).map((p) => p * Math.log(p)));

const mutualInfo = (u: readonly number[], v: readonly number[]): number => {
  const joint = u.map((x, i) => x * 1000 + (v[i] ?? NaN));
  return entropy(u) + entropy(v) - entropy(joint); // I(U; V) = H(U) + H(V) − H(U, V)
};

export default [
  formula(
    {},
    [
      { u: [0, 0, 0, 1, 1, 1, 2, 2], v: [0, 0, 1, 1, 0, 1, 1, 0] },
      { u: [1, 1, 2, 2], v: [1, 2, 1, 2] },
    ].map(({ u, v }) => ({ u, v, ...contingency(u, v) })),
    // scikit-learn's mutual_info_score, via entropies of the labelings u and v the table n counts.
    ({ u, v }) => mutualInfo(u, v),
    [['\\frac{N \\, n_{ij}}{a_i \\, b_j}', '\\frac{n_{ij}}{a_i \\, b_j}']],
  ),
  ...[
    { U: [0, 0, 0, 1, 1, 1, 2, 2], V: [0, 0, 1, 1, 0, 1, 1, 0] },
    { U: [0, 0, 1, 1, 2, 2], V: [1, 1, 0, 0, 0, 0] },
  ].flatMap((s) => {
    const sample = { ...s, I: ((a: Value, b: Value) => mutualInfo(nums(a), nums(b))) as Fn, H: ((a: Value) => entropy(nums(a))) as Fn };
    const [mi, hu, hv] = [mutualInfo(s.U, s.V), entropy(s.U), entropy(s.V)];
    // scikit-learn's normalized_mutual_info_score, average_method 'arithmetic' and 'geometric'.
    return [
      formula({ block: 1 }, [sample], () => mi / ((hu + hv) / 2), [
        ['\\frac{1}{2} \\left( H(U) + H(V) \\right)', '\\left( H(U) + H(V) \\right)'],
      ]),
      formula({ block: 2 }, [sample], () => mi / Math.sqrt(hu * hv), [['\\sqrt{H(U) \\, H(V)}', 'H(U) \\, H(V)']]),
    ];
  }),
] satisfies Check[];
