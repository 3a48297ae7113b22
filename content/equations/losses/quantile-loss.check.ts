import { type Check, formula } from '../../../src/lib/verification';
import { at, sum } from '../../../src/verification/reference';

/** The pinball loss of quantile regression (Koenker & Bassett 1978). */
const pinball = (u: number, tau: number): number => (u >= 0 ? tau * u : (tau - 1) * u);

export default [
  formula(
    {},
    [
      { u: 2, tau: 0.9 },
      { u: -2, tau: 0.9 },
      { u: 0, tau: 0.3 },
    ],
    ({ u, tau }) => pinball(u, tau),
    [['\\tau - \\mathbb{I}[u < 0]', '\\tau + \\mathbb{I}[u < 0]']],
  ),
  formula(
    { block: 1 },
    [{ y: [3, 1, 2], hat_y: [1, 2, 2], N: 3, tau: 0.8, rho_tau: (u) => (typeof u === 'number' ? pinball(u, 0.8) : NaN) }],
    ({ y, hat_y, N, tau }) => sum(y.map((v, i) => pinball(v - at(hat_y, i + 1), tau))) / N,
    [['\\frac{1}{N}', '']],
  ),
] satisfies Check[];
