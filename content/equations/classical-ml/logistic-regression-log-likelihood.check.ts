import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, at, derivative, dot, rewritten, sigma, sigmoid, sum, X } from '../../../src/verification/reference';

const labels01 = [1, 0, 1, 0];

/** The Bernoulli log-likelihood of logistic regression, from the model P(y = 1 | x) = σ(wᵀx + b). */
const logLik = (w: readonly number[], b: number) =>
  sum(X.map((x, i) => (at(labels01, i + 1) === 1 ? Math.log(sigmoid(dot(w, x) + b)) : Math.log(1 - sigmoid(dot(w, x) + b)))));

const wLog = [0.5, -0.3];

const bLog = 0.2;

const hatY = X.map((x) => sigmoid(dot(wLog, x) + bLog));

export default [
  formula({}, [{ y: labels01, hat_y: hatY, N: X.length }], () => logLik(wLog, bLog), [
    ['(1 - y_i) \\log \\left( 1 - \\hat{y}_i \\right)', '(1 - y_i) \\log \\left( \\hat{y}_i \\right)'],
  ]),
  rewritten(
    formula(
      {},
      [1, 2, 3, 4].map((i) => ({ i, hat_y: hatY, w: wLog, x: X, b: bLog, sigma })),
      ({ i }) => at(hatY, i),
    ),
    afterQquad(1),
  ),
  formula(
    { block: 1, tolerance: 1e-7 },
    [{ y: labels01, hat_y: hatY, x: X, N: X.length }],
    // ∇_w ℓ by central differences of the log-likelihood.
    () =>
      wLog.map((_, j) =>
        derivative(
          (t) =>
            logLik(
              wLog.map((v, m) => (m === j ? t : v)),
              bLog,
            ),
          at(wLog, j + 1),
        ),
      ),
    [['\\left( y_i - \\hat{y}_i \\right) \\mathbf{x}_i', '\\left( \\hat{y}_i - y_i \\right) \\mathbf{x}_i']],
  ),
  rewritten(
    formula({ block: 1, tolerance: 1e-7 }, [{ y: labels01, hat_y: hatY, N: X.length }], () => derivative((t) => logLik(wLog, t), bLog)),
    afterQquad(1),
  ),
] satisfies Check[];
