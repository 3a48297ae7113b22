import { type Check, formula } from '../../../src/lib/verification';
import { norm } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1, relations: ['\\leftarrow'] },
    [
      { w_j: [3, 4], c: 2 },
      { w_j: [0.3, -0.4], c: 2 },
    ],
    // Srivastava et al. 2014, section 5.1: a weight vector whose norm exceeds c is projected onto the ball of radius c.
    ({ w_j, c }) => (norm(w_j) > c ? w_j.map((v) => (v * c) / norm(w_j)) : w_j),
    [['\\min\\left( 1,', '\\max\\left( 1,']],
  ),
] satisfies Check[];
