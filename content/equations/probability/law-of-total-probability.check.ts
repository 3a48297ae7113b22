import { type Check, formula } from '../../../src/lib/verification';
import { dice, event, prob } from '../../../src/verification/reference';

export default [
  formula({}, [{ ...dice, B: [11, 12, 13], K: 3 }], () => prob(event(1)), [['P(A \\mid B_k) \\, P(B_k)', 'P(A \\mid B_k)']]),
] satisfies Check[];
