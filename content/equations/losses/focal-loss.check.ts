import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { p_t: 0.8, alpha_t: 0.25, gamma: 2 },
      { p_t: 0.1, alpha_t: 0.75, gamma: 2 },
      { p_t: 0.3, alpha_t: 1, gamma: 0 },
    ],
    // Lin et al. 2017, eq. 5; γ = 0, α = 1 is plain cross-entropy, −log p_t.
    ({ p_t, alpha_t, gamma }) => -alpha_t * (1 - p_t) ** gamma * Math.log(p_t),
    [
      ['\\left( 1 - p_t \\right)^{\\gamma}', '\\left( p_t \\right)^{\\gamma}'],
      ['-\\alpha_t', '\\alpha_t'],
    ],
  ),
  formula(
    { block: 1, sides: [1] },
    [
      { p: 0.8, y: 1 },
      { p: 0.8, y: 0 },
    ],
    ({ p, y }) => (y === 1 ? p : 1 - p),
    [['1 - p & \\text{otherwise,}', 'p & \\text{otherwise,}']],
  ),
] satisfies Check[];
