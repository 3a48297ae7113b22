import { type Check, formula } from '../../../src/lib/verification';
import { both, dice, event, prob } from '../../../src/verification/reference';

export default [formula({}, [dice], () => prob(both(1, 2)) / prob(event(2)), [['{P(B)}', '{P(A)}']])] satisfies Check[];
