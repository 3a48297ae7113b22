import { type Check, formula } from '../../../src/lib/verification';
import { mean, sum, variance } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { x: 3, hat_mu: 1, hat_sigma: 2, gamma: 1.5, beta: -0.5, epsilon: 1e-5 },
      { x: -10, hat_mu: 0.5, hat_sigma: 0.1, gamma: 1, beta: 2, epsilon: 1e-3 },
    ],
    // torch.nn.BatchNorm1d in eval mode: the running mean and variance replace the batch statistics.
    ({ x, hat_mu, hat_sigma, gamma, beta, epsilon }) => gamma * ((x - hat_mu) / Math.sqrt(hat_sigma ** 2 + epsilon)) + beta,
    [
      ['+ \\epsilon', ''],
      ['+ \\beta', '- \\beta'],
    ],
  ),
  ...[0, 1].map((row) =>
    formula(
      { block: 2, row, relations: ['\\leftarrow'] },
      [
        [2, 4, 9, 1],
        [0.5, -0.5],
      ].map((batch) => ({
        batch,
        rho: 0.1,
        m: batch.length,
        hat_mu: 0.3,
        hat_sigma: 1.2,
        mu_cal_B: mean(batch),
        sigma_cal_B: Math.sqrt(variance(batch)),
      })),
      // torch.nn.BatchNorm1d's running statistics, momentum ρ: the running variance is updated
      // with the UNBIASED batch variance Σ(x − x̄)² / (m − 1).
      ({ batch, rho, hat_mu, hat_sigma }) =>
        row === 0
          ? (1 - rho) * hat_mu + rho * mean(batch)
          : (1 - rho) * hat_sigma ** 2 + rho * (sum(batch.map((x) => (x - mean(batch)) ** 2)) / (batch.length - 1)),
      row === 0 ? [['(1 - \\rho) \\, \\hat{\\mu}', '\\rho \\, \\hat{\\mu}']] : [['\\rho \\, \\frac{m}{m - 1} \\, ', '\\rho \\, ']],
    ),
  ),
] satisfies Check[];
