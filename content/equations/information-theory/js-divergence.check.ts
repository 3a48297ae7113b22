import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { entropy, kl, pairs } from '../../../src/verification/reference';

const nums = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);

export default [
  formula(
    { block: 1 },
    [
      ...pairs.map((s) => ({ p: s.p, q: s.q })),
      { p: [0.5, 0.5, 0], q: [0, 0, 1] }, // disjoint supports: log 2
    ].map((s) => ({ ...s, H: (v: Value) => entropy(nums(v)) })),
    // Lin (1991): the mean KL divergence to the midpoint m = (p + q) / 2.
    ({ p: P, q: Q }) => {
      const m = P.map((v, i) => (v + (Q[i] ?? NaN)) / 2);
      return kl(P, m) / 2 + kl(Q, m) / 2;
    },
    [['\\frac{1}{2} \\left( H(p) + H(q) \\right)', '\\left( H(p) + H(q) \\right)']],
  ),
] satisfies Check[];
