import { type Check, formula } from '../../../src/lib/verification';
import { norm } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { g: [3, 4], c: 1 },
      { g: [0.3, 0.4], c: 1 },
      { g: [-6, 0, 8], c: 5 },
    ],
    // Pascanu et al. 2013, Algorithm 1: rescale to norm c only when the norm exceeds c.
    ({ g, c }) => (norm(g) > c ? g.map((v) => (v * c) / norm(g)) : g),
    [['\\min\\left( 1,', '\\max\\left( 1,']],
  ),
] satisfies Check[];
