import { type Check, formula } from '../../../src/lib/verification';
import { gaussianPdf } from '../../../src/verification/reference';

const normal = (x: number, mu: number, s: number) => gaussianPdf([x], [mu], [[s * s]]);

export default [
  formula(
    {},
    [
      { x: 1.3, mu: 0.5, sigma: 0.8 },
      { x: -4, mu: 0, sigma: 2 },
      { x: 1e3, mu: 1e3 + 0.01, sigma: 0.01 },
    ],
    ({ x, mu, sigma: s }) => normal(x, mu, s),
    [
      ['{2 \\sigma^{2}} \\right)', '{\\sigma^{2}} \\right)'],
      ['\\sqrt{2 \\pi \\sigma^{2}}', '\\sqrt{2 \\pi} \\sigma^{2}'],
    ],
  ),
  formula(
    { block: 1 },
    [
      { x: 1.3, mu: 0.5, sigma: 0.8 },
      { x: -4, mu: 0, sigma: 2 },
      { x: 1e3, mu: 1e3 + 0.01, sigma: 0.01 },
    ],
    ({ x, mu, sigma: s }) => Math.log(normal(x, mu, s)),
    [['\\log\\left( 2 \\pi \\sigma^{2} \\right)', '\\log\\left( 2 \\pi \\sigma \\right)']],
  ),
] satisfies Check[];
