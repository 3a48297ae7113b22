import { formula, type Verification } from '../lib/verification';
import { sum, at, sigmoid, huber, sigma } from './reference';

export const verifications: Verification[] = [
  formula(
    'huber-loss',
    {},
    [
      { y: 1, hat_y: 1.5, delta: 1 },
      { y: 0, hat_y: 3, delta: 1 },
      { y: 3, hat_y: 0, delta: 2 },
    ],
    ({ y, hat_y, delta }) => huber(y - hat_y, delta),
    [
      ['\\delta \\left( \\lvert y - \\hat{y} \\rvert', '\\delta \\left( (y - \\hat{y})'],
      ['\\frac{1}{2}(y - \\hat{y})^{2}', '(y - \\hat{y})^{2}'],
    ],
  ),
  formula(
    'smooth-l1-loss',
    {},
    [
      { y: 1, hat_y: 1.2, beta: 1 },
      { y: -2, hat_y: 1, beta: 0.5 },
    ],
    ({ y, hat_y, beta }) => huber(y - hat_y, beta) / beta,
  ),
  formula(
    'mean-squared-error',
    {},
    [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N,
    [
      ['\\frac{1}{N} ', ''],
      ['^{2}', ''],
    ],
  ),
  formula(
    'mean-absolute-error',
    {},
    [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.abs(v - at(hat_y, i + 1)))) / N,
  ),
  formula(
    'binary-cross-entropy',
    {},
    [
      { y: 1, p: 0.8 },
      { y: 0, p: 0.3 },
    ],
    ({ y, p }) => -(y * Math.log(p) + (1 - y) * Math.log(1 - p)),
    [['-\\left[', '\\left[']],
  ),
  formula(
    'binary-cross-entropy',
    { block: 1 },
    [{ y: [1, 0, 1], p: [0.9, 0.2, 0.6], N: 3 }],
    ({ y, p, N }) => -sum(y.map((v, i) => v * Math.log(at(p, i + 1)) + (1 - v) * Math.log(1 - at(p, i + 1)))) / N,
  ),
  formula(
    'bce-with-logits',
    {},
    [
      { y: 1, z: 0.3, sigma },
      { y: 0, z: -2, sigma },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
  ),
  formula(
    'bce-with-logits',
    { block: 1 },
    [
      { y: 1, z: 0.3 },
      { y: 0, z: -2 },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
  ),
  formula(
    'categorical-cross-entropy',
    {},
    [{ y: [0, 1, 0], p: [0.2, 0.7, 0.1], K: 3 }],
    ({ y, p }) => -sum(y.map((v, k) => v * Math.log(at(p, k + 1)))),
  ),
  formula(
    'hinge-loss',
    {},
    [
      { y: 1, hat_y: 0.3 },
      { y: -1, hat_y: 0.3 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y),
  ),
  formula('squared-hinge-loss', {}, [{ y: -1, hat_y: 0.3 }], ({ y, hat_y }) => Math.max(0, 1 - y * hat_y) ** 2),
  formula(
    'quantile-loss',
    {},
    [
      { u: 2, tau: 0.9 },
      { u: -2, tau: 0.9 },
    ],
    ({ u, tau }) => (u >= 0 ? tau * u : (tau - 1) * u),
  ),
  formula(
    'focal-loss',
    {},
    [{ p_t: 0.8, alpha_t: 0.25, gamma: 2 }],
    ({ p_t, alpha_t, gamma }) => -alpha_t * (1 - p_t) ** gamma * Math.log(p_t),
  ),
];
