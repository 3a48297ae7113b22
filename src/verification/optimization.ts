import { chain, formula, type Verification } from '../lib/verification';
import { norm } from './reference';

export const verifications: Verification[] = [
  formula(
    'cosine-annealing',
    {},
    [{ 'eta_min^i': 0.001, 'eta_max^i': 0.1, T_cur: 3, T_i: 10 }],
    (s) => s['eta_min^i'] + 0.5 * (s['eta_max^i'] - s['eta_min^i']) * (1 + Math.cos((s.T_cur / s.T_i) * Math.PI)),
  ),
  formula(
    'linear-warmup',
    {},
    [
      { t: 5, T_warmup: 10, eta_init: 0, eta_target: 1 },
      { t: 12, T_warmup: 10, eta_init: 0, eta_target: 1 },
    ],
    ({ t, T_warmup }) => Math.min(1, t / T_warmup),
  ),
  formula('step-decay', {}, [{ t: 25, s: 10, eta_0: 0.1, gamma: 0.5 }], () => 0.025),
  formula(
    'gradient-clipping-by-norm',
    {},
    [
      { g: [3, 4], c: 1 },
      { g: [0.3, 0.4], c: 1 },
    ],
    ({ g, c }) => g.map((v) => v * Math.min(1, c / norm(g))),
  ),
  chain(
    'adam',
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
];
