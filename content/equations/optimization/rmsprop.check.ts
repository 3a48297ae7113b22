import { chain, type Check } from '../../../src/lib/verification';
import { row } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [{ t: 2, rho: 0.9, eta: 0.01, epsilon: 1e-8, g_t: [0.5, -2, 0], s: [[0.01, 0.04, 0]], theta: [[1, -1, 2]] }],
    ([sRow = '', thetaRow = ''], s, ev) => {
      const s_t = ev(sRow, s);
      return { s_t, theta_t: ev(thetaRow, { ...s, s_t }) };
    },
    // torch.optim.RMSprop (alpha = ρ, ε outside the square root; Tieleman & Hinton 2012).
    ({ rho, eta, epsilon, g_t, s, theta }) => {
      const s_t = g_t.map((g, k) => rho * (row(s, 0)[k] ?? NaN) + (1 - rho) * g * g);
      return { s_t, theta_t: g_t.map((g, k) => (row(theta, 0)[k] ?? NaN) - (eta * g) / (Math.sqrt(s_t[k] ?? NaN) + epsilon)) };
    },
    [['(1 - \\rho) \\, \\mathbf{g}_{t} \\odot \\mathbf{g}_{t}', '(1 - \\rho) \\, \\mathbf{g}_{t}']],
  ),
] satisfies Check[];
