import { type Check, formula } from '../../../src/lib/verification';
import { informationTheoryFn, outcomes, pairs, sum } from '../../../src/verification/reference';

export default [
  formula(
    {},
    pairs.map(({ p: ps }) => ({ cal_X: outcomes, p: informationTheoryFn(ps) })),
    // Shannon entropy as the expected surprisal Σ p log(1/p), read back from the bound function.
    ({ p: f }) => sum(outcomes.map((x) => Number(f(x)) * Math.log(1 / Number(f(x))))),
    [['-\\sum', '\\sum']],
  ),
] satisfies Check[];
