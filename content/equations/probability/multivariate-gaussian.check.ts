import { type Check, formula } from '../../../src/lib/verification';
import { gaussianPdf } from '../../../src/verification/reference';

const gaussians = [
  {
    x: [1, 2],
    mu: [0, 1],
    Sigma: [
      [2, 0.5],
      [0.5, 1],
    ],
    d: 2,
  },
  {
    x: [0.3, -1, 2],
    mu: [0, 0, 1],
    Sigma: [
      [1, 0.2, 0],
      [0.2, 2, -0.5],
      [0, -0.5, 1.5],
    ],
    d: 3,
  },
];

export default [
  formula({}, gaussians, ({ x, mu, Sigma }) => gaussianPdf(x, mu, Sigma), [['^{-1}', '']]),
  formula({ block: 1 }, gaussians, ({ x, mu, Sigma }) => Math.log(gaussianPdf(x, mu, Sigma)), [
    ['- \\frac{1}{2} \\log \\det', '- \\log \\det'],
    ['-\\frac{d}{2} \\log(2 \\pi)', '-\\log(2 \\pi)'],
  ]),
] satisfies Check[];
