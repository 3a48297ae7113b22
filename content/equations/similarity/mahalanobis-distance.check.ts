import { type Check, formula } from '../../../src/lib/verification';
import { diff, dot, inverse, matvec } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        x: [1, 2, -1],
        y: [0, 1, 1],
        Sigma: [
          [2, 0.5, 0],
          [0.5, 1, 0.2],
          [0, 0.2, 3],
        ],
      },
      {
        x: [4, 0],
        y: [1, 1],
        Sigma: [
          [1, 0],
          [0, 1],
        ],
      },
    ],
    ({ x, y, Sigma }) => Math.sqrt(dot(diff(x, y), matvec(inverse(Sigma), diff(x, y)))),
    [['^{-1}', '']],
  ),
  formula(
    { block: 1 },
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
      },
      {
        x: [-3, 0.5],
        mu: [1, 1],
        Sigma: [
          [4, -1],
          [-1, 0.5],
        ],
      },
    ],
    ({ x, mu, Sigma }) => Math.sqrt(dot(diff(x, mu), matvec(inverse(Sigma), diff(x, mu)))),
    [
      [
        '(\\mathbf{x} - \\boldsymbol{\\mu})^\\top \\boldsymbol{\\Sigma}^{-1}',
        '(\\mathbf{x} - \\boldsymbol{\\mu})^\\top \\boldsymbol{\\Sigma}',
      ],
    ],
  ),
] satisfies Check[];
