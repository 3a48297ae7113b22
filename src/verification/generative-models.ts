import { formula, type Verification } from '../lib/verification';
import { sum, at } from './reference';

export const verifications: Verification[] = [
  formula(
    'vae-kl-standard-normal',
    {},
    [{ mu: [0.5, -1], sigma: [1.2, 0.3], J: 2 }],
    ({ mu, sigma: s }) => -0.5 * sum(mu.map((m, j) => 1 + Math.log(at(s, j + 1) ** 2) - m * m - at(s, j + 1) ** 2)),
  ),
  formula('ddpm-forward-marginal', { block: 1 }, [{ bar_alpha_t: 0.64, x_0: [1, -1], epsilon: [0.5, 0.5] }], () => [0.8 + 0.3, -0.8 + 0.3]),
];
