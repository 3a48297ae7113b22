import { editDistance } from '../../../src/verification/reference';
import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    // "the cat sat on the mat" → "the cat sit on mat today": sat→sit (S), "the" deleted (D), "today" inserted (I).
    [{ S: 1, D: 1, I: 1, N_ref: 6 }],
    ({ N_ref }) => editDistance('the cat sat on the mat'.split(' '), 'the cat sit on mat today'.split(' ')) / N_ref,
    [['S + D + I', 'S + D']],
  ),
] satisfies Check[];
