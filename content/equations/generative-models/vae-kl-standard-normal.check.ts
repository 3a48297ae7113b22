import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { mu: [0.5, -1], sigma: [1.2, 0.3], J: 2 },
      { mu: [0, 3, -0.2], sigma: [1, 2.5, 0.05], J: 3 },
    ],
    // Sum over dimensions of KL(N(μ, σ²) ‖ N(0, 1)) = log(1/σ) + (σ² + μ²)/2 − 1/2, the Gaussian KL with σ₂ = 1, μ₂ = 0.
    ({ mu, sigma }) => mu.reduce((t, m, j) => t + Math.log(1 / (sigma[j] ?? NaN)) + ((sigma[j] ?? NaN) ** 2 + m * m) / 2 - 0.5, 0),
    [
      ['- \\mu_j^{2}', '+ \\mu_j^{2}'],
      ['\\log \\sigma_j^{2}', '\\log \\sigma_j'],
    ],
  ),
] satisfies Check[];
