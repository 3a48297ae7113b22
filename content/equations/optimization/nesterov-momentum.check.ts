import { chain, type Check } from '../../../src/lib/verification';
import { gradient, loss, momentumSamples, momentumSteps } from '../../../src/verification/reference';

export default [
  chain(
    { tolerance: 1e-7 },
    momentumSamples,
    momentumSteps,
    // Sutskever et al. 2013, eqs. 1–4, in torch.optim.SGD's form: buf = μ·buf + ∇L, θ ← θ − η·buf,
    // with buf = −v/η; Nesterov's gradient is taken at the look-ahead point θ + μv.
    ({ mu, eta, theta_t, v_t }) => {
      const at = theta_t.map((x, k) => x + mu * (v_t[k] ?? NaN));
      const buf = gradient(loss, at).map((g, k) => mu * (-(v_t[k] ?? NaN) / eta) + g);
      return { v_next: buf.map((x) => -eta * x), theta_next: theta_t.map((x, k) => x - eta * (buf[k] ?? NaN)) };
    },
    [['\\boldsymbol{\\theta}_{t} + \\mu \\mathbf{v}_{t})', '\\boldsymbol{\\theta}_{t})']],
  ),
] satisfies Check[];
