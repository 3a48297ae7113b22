import { chain, type Check } from '../../../src/lib/verification';
import { grad, gradient, loss } from '../../../src/verification/reference';

export default [
  // v_{t+1} is read as the (t+1)-th element of v, so the second row gets v = (v_t, v_{t+1}) with t = 1.
  chain(
    { tolerance: 1e-7 },
    [
      { t: 1, mu: 0.9, eta: 0.1, theta_t: [1, 2], v_t: [0.5, -0.5], nabla_theta_cal_L: grad },
      { t: 1, mu: 0.5, eta: 0.05, theta_t: [-3, 0], v_t: [0, 0], nabla_theta_cal_L: grad },
    ],
    ([vRow = '', thetaRow = ''], s, ev) => {
      const v_next = ev(vRow, s);
      return { v_next, theta_next: ev(thetaRow, { ...s, v: [s.v_t, v_next] }) };
    },
    // Sutskever et al. 2013, eqs. 1–4, in torch.optim.SGD's form: buf = μ·buf + ∇L, θ ← θ − η·buf,
    // with buf = −v/η.
    ({ mu, eta, theta_t, v_t }) => {
      const buf = gradient(loss, theta_t).map((g, k) => mu * (-(v_t[k] ?? NaN) / eta) + g);
      return { v_next: buf.map((x) => -eta * x), theta_next: theta_t.map((x, k) => x - eta * (buf[k] ?? NaN)) };
    },
    [['\\mu \\mathbf{v}_{t} - \\eta', '\\mu \\mathbf{v}_{t} + \\eta']],
  ),
] satisfies Check[];
