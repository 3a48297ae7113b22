import { formula, type Verification } from '../lib/verification';
import { dot, norm, at } from './reference';

export const verifications: Verification[] = [
  formula(
    'rbf-kernel',
    {},
    [{ x: [1, 2], x_prime: [0, -1], sigma: 0.7 }],
    ({ x, x_prime, sigma: s }) => Math.exp(-(norm(x.map((v, i) => v - at(x_prime, i + 1))) ** 2) / (2 * s * s)),
    [['2 \\sigma^2', '\\sigma^2']],
  ),
  formula('rbf-kernel', { block: 1 }, [{ x: [1, 2], x_prime: [0, -1], gamma: 1 / (2 * 0.49) }], ({ x, x_prime, gamma }) =>
    Math.exp(-gamma * norm(x.map((v, i) => v - at(x_prime, i + 1))) ** 2),
  ),
  formula(
    'polynomial-kernel',
    { block: 1 },
    [{ x: [1, 2], x_prime: [3, -1], c: 1, M: 3 }],
    ({ x, x_prime, c, M }) => (dot(x, x_prime) + c) ** M,
  ),
  formula('sigmoid-kernel', {}, [{ x: [1, 2], x_prime: [3, -1], gamma: 0.1, r: -0.5 }], ({ x, x_prime, gamma, r }) =>
    Math.tanh(gamma * dot(x, x_prime) + r),
  ),
];
