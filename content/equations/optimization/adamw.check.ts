import { chain, type Check } from '../../../src/lib/verification';
import { rewritten, row } from '../../../src/verification/reference';

export default [
  // Row 3 states m̂ and v̂ side by side; the rewrite puts v̂ on a row of its own.
  rewritten(
    chain(
      {},
      [
        {
          t: 2,
          beta_1: 0.9,
          beta_2: 0.999,
          alpha: 0.001,
          epsilon: 1e-8,
          lambda: 0.01,
          eta_t: 0.5,
          g_t: [0.5, -2],
          m: [[0.1, 0.2]],
          v: [[0.01, 0.04]],
          theta: [[1, -3]],
        },
      ],
      ([, mRow = '', vRow = '', mHatRow = '', vHatRow = '', thetaRow = ''], s, ev) => {
        const m_t = ev(mRow, s);
        const v_t = ev(vRow, s);
        const hat_m_t = ev(mHatRow, { ...s, m_t });
        const hat_v_t = ev(vHatRow, { ...s, v_t });
        return { m_t, v_t, hat_m_t, hat_v_t, theta_t: ev(thetaRow, { ...s, hat_m_t, hat_v_t }) };
      },
      // Loshchilov & Hutter 2019, Algorithm 2 (AdamW), lines 7–12: the decay λθ is scaled by the
      // schedule multiplier η_t but not by α, and is not part of the moment estimates.
      ({ t, beta_1, beta_2, alpha, epsilon, lambda, eta_t, g_t, m, v, theta }) => {
        const m_t = g_t.map((g, k) => beta_1 * (row(m, 0)[k] ?? NaN) + (1 - beta_1) * g);
        const v_t = g_t.map((g, k) => beta_2 * (row(v, 0)[k] ?? NaN) + (1 - beta_2) * g * g);
        const hat_m_t = m_t.map((x) => x / (1 - beta_1 ** t));
        const hat_v_t = v_t.map((x) => x / (1 - beta_2 ** t));
        const theta_t = row(theta, 0).map((p, k) => {
          const step = (alpha * (hat_m_t[k] ?? NaN)) / (Math.sqrt(hat_v_t[k] ?? NaN) + epsilon);
          return p - eta_t * step - eta_t * lambda * p;
        });
        return { m_t, v_t, hat_m_t, hat_v_t, theta_t };
      },
      [
        ['+ \\lambda \\boldsymbol{\\theta}_{t-1}', '- \\lambda \\boldsymbol{\\theta}_{t-1}'],
        ['1 - \\beta_{2}^{t}', '1 - \\beta_{2}'],
      ],
    ),
    (latex) => latex.replace(', \\qquad', ' \\\\'),
  ),
] satisfies Check[];
