import { type Check, formula } from '../../../src/lib/verification';
import { entropy, informationTheoryFn, kl, outcomes, pairs } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [1] },
    pairs.map((s) => ({ cal_X: outcomes, p: informationTheoryFn(s.p), q: informationTheoryFn(s.q), P: s.p, Q: s.q })),
    // The entry's second block: H(p, q) = H(p) + D_KL(p ∥ q).
    ({ P, Q }) => entropy(P) + kl(P, Q),
    [['p(x) \\log q(x)', 'q(x) \\log p(x)']],
  ),
] satisfies Check[];
