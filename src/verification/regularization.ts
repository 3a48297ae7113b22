import type { Fn } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { at, dot, gradient, identity, norm, softmax, sum } from './reference';

const vec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);
/** An unregularised objective J(w): the mean squared error of a linear model on three points. */
const data = {
  X: [
    [1, 2],
    [0, -1],
    [3, 1],
  ],
  y: [1, 0, 2],
};
const mse = (w: readonly number[]): number => sum(data.X.map((x, i) => (dot(w, x) - at(data.y, i + 1)) ** 2)) / data.X.length;
const J: Fn = (w) => mse(vec(w));
/** ∇J in closed form, (2/n) Xᵀ(Xw − y), bound as the gradient; the references differentiate numerically. */
const gradJ: Fn = (w) => {
  const r = data.X.map((x, i) => dot(vec(w), x) - at(data.y, i + 1));
  return [0, 1].map((k) => (2 / data.X.length) * sum(data.X.map((x, i) => (x[k] ?? NaN) * at(r, i + 1))));
};
/** Label smoothing (Szegedy et al. 2016, section 7; torch's label_smoothing): (1 − ε) on the true class c, plus ε/K on every class. */
const smoothed = (c: number, epsilon: number, K: number): number[] =>
  Array.from({ length: K }, (_, k) => (k + 1 === c ? 1 - epsilon : 0) + epsilon / K);
/** Mixup (Zhang et al. 2018): a convex combination of two examples and of their labels. */
const mixupSample = (() => {
  const x = [
    [1, 2],
    [0, -1],
    [4, 0.5],
  ];
  const y = identity(3);
  const [i, j, lambda] = [1, 3, 0.3];
  const mix = (a: readonly number[], b: readonly number[]) => a.map((v, k) => lambda * v + (1 - lambda) * at(b, k + 1));
  return { x, y, i, j, lambda, tilde_x: mix(x[i - 1] ?? [], x[j - 1] ?? []), tilde_y: mix(y[i - 1] ?? [], y[j - 1] ?? []) };
})();
/** A softmax classifier f and the cross-entropy ℓ(prediction, target) for the mixup loss. */
const f: Fn = (x) => {
  const [a = 0, b = 0] = vec(x);
  return softmax([a - b, 0.5 * a, b]);
};
const crossEntropy = (pred: readonly number[], target: readonly number[]): number =>
  -sum(target.map((t, k) => t * Math.log(at(pred, k + 1))));

export const verifications: Verification[] = [
  formula(
    'inverted-dropout',
    {},
    [{ p: 0.2, m: [1, 0, 1, 1], h: [2, -3, 4, 0.5] }],
    // torch.nn.Dropout in training mode: kept units are scaled by 1/(1 − p), dropped ones are 0.
    ({ p, m, h }) => h.map((v, k) => (at(m, k + 1) === 1 ? v / (1 - p) : 0)),
    [['\\frac{1}{1 - p}', '\\frac{1}{p}']],
  ),
  formula(
    'label-smoothing',
    {},
    [
      { epsilon: 0.1, y: [0, 1, 0], K: 3 },
      { epsilon: 0.3, y: [0, 0, 0, 1], K: 4 },
    ],
    ({ epsilon, y, K }) => smoothed(y.indexOf(1) + 1, epsilon, K),
    [['(1 - \\epsilon) \\mathbf{y}', '\\mathbf{y}']],
  ),
  formula(
    'label-smoothing',
    { block: 1 },
    [
      { epsilon: 0.1, c: 2, k: 2, K: 3, delta: identity(3), u: () => 1 / 3 },
      { epsilon: 0.1, c: 2, k: 3, K: 3, delta: identity(3), u: () => 1 / 3 },
    ],
    ({ epsilon, c, k, K }) => at(smoothed(c, epsilon, K), k),
    [['\\epsilon \\, u(k)', 'u(k)']],
  ),
  formula(
    'weight-decay',
    { tolerance: 1e-7 },
    [
      { eta: 0.1, lambda: 0.01, theta_t: [1, 2], nabla_theta_L: gradJ },
      { eta: 0.5, lambda: 0.2, theta_t: [-3, 0], nabla_theta_L: gradJ },
    ],
    // One SGD step on L(θ) + (λ/2)‖θ‖², its gradient taken numerically.
    ({ eta, lambda, theta_t }) => {
      const g = gradient((w) => mse(w) + (lambda / 2) * norm(w) ** 2, theta_t);
      return theta_t.map((v, k) => v - eta * (g[k] ?? NaN));
    },
    [['- \\eta \\lambda \\boldsymbol{\\theta}_t', '+ \\eta \\lambda \\boldsymbol{\\theta}_t']],
  ),
  formula(
    'weight-decay',
    { block: 1 },
    [
      { eta: 0.1, lambda: 0.01, theta_t: [1, 2], u_t: [0.5, -0.5] },
      { eta: 0.5, lambda: 0.2, theta_t: [-3, 0], u_t: [0, 4] },
    ],
    // Decoupled weight decay (Loshchilov & Hutter 2019): shrink θ by ηλθ, then take the step ηu.
    ({ eta, lambda, theta_t, u_t }) => theta_t.map((v, k) => v - eta * lambda * v - eta * at(u_t, k + 1)),
    [['(1 - \\eta \\lambda)', '(1 + \\eta \\lambda)']],
  ),
  formula(
    'l1-regularization',
    {},
    [
      { w: [0.5, -1], lambda: 0.1, J, d: 2 },
      { w: [0, 2], lambda: 3, J, d: 2 },
    ],
    ({ w, lambda }) => mse(w) + lambda * (Math.abs(at(w, 1)) + Math.abs(at(w, 2))),
    [['\\lvert w_j \\rvert', 'w_j']],
  ),
  formula(
    'l2-regularization',
    {},
    [
      { w: [0.5, -1], lambda: 0.1, J, d: 2 },
      { w: [0, 2], lambda: 3, J, d: 2 },
    ],
    // The penalty is (λ/2)‖w‖², whose gradient is λw.
    ({ w, lambda }) => mse(w) + (lambda / 2) * norm(w) ** 2,
    [['\\frac{\\lambda}{2} \\sum', '\\lambda \\sum']],
  ),
  formula(
    'l2-regularization',
    { block: 1, tolerance: 1e-7, relations: ['\\leftarrow'] },
    [
      { w: [0.5, -1], lambda: 0.1, eta: 0.1, nabla_w_J: gradJ },
      { w: [0, 2], lambda: 3, eta: 0.01, nabla_w_J: gradJ },
    ],
    // A gradient step on J(w) + (λ/2)‖w‖², differentiated numerically: the penalty contributes λw.
    ({ w, lambda, eta }) => {
      const g = gradient((v) => mse(v) + (lambda / 2) * norm(v) ** 2, w);
      return w.map((v, k) => v - eta * (g[k] ?? NaN));
    },
    [['(1 - \\eta \\lambda)', '(1 + \\eta \\lambda)']],
  ),
  formula(
    'max-norm-constraint',
    { block: 1, relations: ['\\leftarrow'] },
    [
      { w_j: [3, 4], c: 2 },
      { w_j: [0.3, -0.4], c: 2 },
    ],
    // Srivastava et al. 2014, section 5.1: a weight vector whose norm exceeds c is projected onto the ball of radius c.
    ({ w_j, c }) => (norm(w_j) > c ? w_j.map((v) => (v * c) / norm(w_j)) : w_j),
    [['\\min\\left( 1,', '\\max\\left( 1,']],
  ),
  formula(
    'mixup',
    { row: 0 },
    [mixupSample],
    ({ x, i, j, lambda }) => (x[i - 1] ?? []).map((v, k) => lambda * v + (1 - lambda) * at(x[j - 1] ?? [], k + 1)),
    [['(1 - \\lambda) \\mathbf{x}_j', '\\lambda \\mathbf{x}_j']],
  ),
  // One-hot labels of classes 1 and 3 mixed with λ = 0.3: (0.3, 0, 0.7).
  formula(
    'mixup',
    { row: 1 },
    [mixupSample],
    ({ i, j, lambda }) => [1, 2, 3].map((k) => (k === i ? lambda : 0) + (k === j ? 1 - lambda : 0)),
    [['(1 - \\lambda) \\mathbf{y}_j', '\\mathbf{y}_j']],
  ),
  formula(
    'mixup',
    { block: 1, sides: [0, 1] },
    [{ ...mixupSample, f, ell: (pred, target) => crossEntropy(vec(pred), vec(target)) }],
    // Cross-entropy is linear in its target, so the loss on the mixed label is the mixed loss.
    ({ tilde_x, tilde_y }) => crossEntropy(vec(f(tilde_x)), tilde_y),
    [['(1 - \\lambda) \\, \\ell', '\\lambda \\, \\ell']],
  ),
];
