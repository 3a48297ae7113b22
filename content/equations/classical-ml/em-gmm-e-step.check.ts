import { type Check, formula } from '../../../src/lib/verification';
import { gaussianPdf, mixture, mixtureDensity, X } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [1, 2].flatMap((i) => [1, 2].map((k) => ({ ...mixture, i, k, x: X }))),
    // The posterior of component k by Bayes' rule: π_k N(x | k) / p(x).
    ({ i, k, x }) =>
      ((mixture.pi[k - 1] ?? NaN) * gaussianPdf(x[i - 1] ?? [], mixture.mu[k - 1] ?? [], mixture.Sigma[k - 1] ?? [])) /
      mixtureDensity(x[i - 1] ?? []),
    [['\\frac{\\pi_k \\, \\mathcal{N}', '\\frac{\\mathcal{N}']],
  ),
] satisfies Check[];
