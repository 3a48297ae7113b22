import { formula, type Verification } from '../lib/verification';

export const verifications: Verification[] = [
  formula(
    'kl-divergence-gaussians',
    { block: 1 },
    [{ mu_0: 0.5, mu_1: -1, sigma_0: 1.2, sigma_1: 0.3 }],
    ({ mu_0, mu_1, sigma_0, sigma_1 }) => Math.log(sigma_1 / sigma_0) + (sigma_0 ** 2 + (mu_0 - mu_1) ** 2) / (2 * sigma_1 ** 2) - 0.5,
  ),
];
