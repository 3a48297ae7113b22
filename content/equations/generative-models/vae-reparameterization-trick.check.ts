import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { mu: 1.5, sigma: 0.5, epsilon: -2 },
      { mu: -3, sigma: 2, epsilon: 0.25 },
    ],
    // The quantile of N(μ, σ²) at Φ(ε): a standard-normal draw shifted and scaled.
    ({ mu, sigma, epsilon }) => mu + epsilon * sigma,
    [['\\sigma \\epsilon', '\\sigma^{2} \\epsilon']],
  ),
  formula(
    { block: 1 },
    [{ mu: [1.5, -3], sigma: [0.5, 2], epsilon: [-2, 0.25] }],
    ({ mu, sigma, epsilon }) => mu.map((m, k) => m + (epsilon[k] ?? NaN) * (sigma[k] ?? NaN)),
    [['\\boldsymbol{\\mu} + \\boldsymbol{\\sigma}', '\\boldsymbol{\\sigma}']],
  ),
] satisfies Check[];
