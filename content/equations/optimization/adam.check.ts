import { chain, type Check } from '../../../src/lib/verification';

export default [
  chain(
    {},
    [
      {
        t: 2,
        beta_1: 0.9,
        beta_2: 0.999,
        alpha: 0.001,
        epsilon: 1e-8,
        g_t: [0.5, -2],
        m: [[0.1, 0.2]],
        v: [[0.01, 0.04]],
        theta: [[1, 1]],
      },
    ],
    // Row 0 defines the gradient g_t, which the sample gives; rows 1–5 are the update.
    ([, mRow = '', vRow = '', mHatRow = '', vHatRow = '', thetaRow = ''], s, ev) => {
      const m_t = ev(mRow, s);
      const v_t = ev(vRow, s);
      const hat_m_t = ev(mHatRow, { ...s, m_t });
      const hat_v_t = ev(vHatRow, { ...s, v_t });
      return { m_t, v_t, hat_m_t, hat_v_t, theta_t: ev(thetaRow, { ...s, hat_m_t, hat_v_t }) };
    },
    // torch.optim.Adam's update (Kingma & Ba 2015, Algorithm 1), written out.
    ({ t, beta_1, beta_2, alpha, epsilon, g_t, m, v, theta }) => {
      const m_t = g_t.map((g, k) => beta_1 * (m[0]?.[k] ?? NaN) + (1 - beta_1) * g);
      const v_t = g_t.map((g, k) => beta_2 * (v[0]?.[k] ?? NaN) + (1 - beta_2) * g * g);
      const hat_m_t = m_t.map((x) => x / (1 - beta_1 ** t));
      const hat_v_t = v_t.map((x) => x / (1 - beta_2 ** t));
      const theta_t = hat_m_t.map((x, k) => (theta[0]?.[k] ?? NaN) - (alpha * x) / (Math.sqrt(hat_v_t[k] ?? NaN) + epsilon));
      return { m_t, v_t, hat_m_t, hat_v_t, theta_t };
    },
    [
      ['(1 - \\beta_{1})', '\\beta_{1}'],
      ['1 - \\beta_{2}^{t}', '1 - \\beta_{2}'],
    ],
  ),
] satisfies Check[];
