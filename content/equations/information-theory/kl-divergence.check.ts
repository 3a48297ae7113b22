import { type Check, formula } from '../../../src/lib/verification';
import { entropy, informationTheoryFn, outcomes, pairs, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    pairs.map((s) => ({ cal_X: outcomes, p: informationTheoryFn(s.p), q: informationTheoryFn(s.q), P: s.p, Q: s.q })),
    // Cross-entropy minus entropy.
    ({ P, Q }) => -sum(P.map((v, i) => v * Math.log(Q[i] ?? NaN))) - entropy(P),
    [['\\frac{p(x)}{q(x)}', '\\frac{q(x)}{p(x)}']],
  ),
] satisfies Check[];
