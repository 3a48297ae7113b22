import { type Check, formula } from '../../../src/lib/verification';
import { at, embed, f } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { Y: 0, D: 1.3, m: 1 },
      { Y: 1, D: 0.4, m: 1 },
      { Y: 1, D: 2, m: 1 },
    ],
    // Hadsell, Chopra & LeCun 2006, eq. 4: Y = 0 for a similar pair (pull together), Y = 1 for a
    // dissimilar pair (push apart until the margin m).
    ({ Y, D, m }) => (Y === 0 ? 0.5 * D * D : 0.5 * Math.max(0, m - D) ** 2),
    [
      ['m - D', 'D - m'],
      ['(1 - Y)', 'Y'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { x_1: [1, 2, 0], x_2: [0, 1, -1], f_theta: f },
      { x_1: [3, -1, 2], x_2: [3, -1, 2], f_theta: f },
    ],
    ({ x_1, x_2 }) => Math.hypot(...embed(x_1).map((v, k) => v - at(embed(x_2), k + 1))),
    [['f_{\\boldsymbol{\\theta}}(\\mathbf{x}_1) - f', 'f_{\\boldsymbol{\\theta}}(\\mathbf{x}_1) + f']],
  ),
] satisfies Check[];
