import { chain, type Check } from '../../../src/lib/verification';
import { rewritten, row } from '../../../src/verification/reference';

export default [
  // Δθ_t is one symbol (the update); the rewrite names it D so that it is not read as Δ times θ_t.
  rewritten(
    chain(
      {},
      [{ t: 2, rho: 0.9, epsilon: 1e-6, g_t: [0.5, -2, 0], s: [[0.01, 0.04, 0]], u: [[0.001, 0.002, 0]], theta_t: [1, -1, 2] }],
      ([sRow = '', dRow = '', uRow = '', thetaRow = ''], s, ev) => {
        const s_t = ev(sRow, s);
        const D_t = ev(dRow, { ...s, s_t });
        return { s_t, D_t, u_t: ev(uRow, { ...s, D_t }), theta_next: ev(thetaRow, { ...s, D_t }) };
      },
      // torch.optim.Adadelta with lr = 1 (Zeiler 2012, Algorithm 1).
      ({ rho, epsilon, g_t, s, u, theta_t }) => {
        const s_t = g_t.map((g, k) => rho * (row(s, 0)[k] ?? NaN) + (1 - rho) * g * g);
        const D_t = g_t.map((g, k) => (-Math.sqrt((row(u, 0)[k] ?? NaN) + epsilon) / Math.sqrt((s_t[k] ?? NaN) + epsilon)) * g);
        return {
          s_t,
          D_t,
          u_t: D_t.map((d, k) => rho * (row(u, 0)[k] ?? NaN) + (1 - rho) * d * d),
          theta_next: theta_t.map((p, k) => p + (D_t[k] ?? NaN)),
        };
      },
      [
        ['&= - \\frac', '&= \\frac'],
        ['\\sqrt{\\mathbf{u}_{t-1} + \\epsilon}', '\\sqrt{\\mathbf{s}_{t-1} + \\epsilon}'],
      ],
    ),
    (latex) => latex.split('\\Delta \\boldsymbol{\\theta}').join('D'),
  ),
] satisfies Check[];
