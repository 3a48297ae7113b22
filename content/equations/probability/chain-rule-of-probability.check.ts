import { type Check, formula } from '../../../src/lib/verification';
import { both, dice, prob } from '../../../src/verification/reference';

export default [formula({ block: 1 }, [dice], () => prob(both(1, 2)), [['P(B \\mid A) \\, P(A)', 'P(B \\mid A)']])] satisfies Check[];
