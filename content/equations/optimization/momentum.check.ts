import { chain, type Check } from '../../../src/lib/verification';
import { gradient, loss, momentumSamples, momentumSteps } from '../../../src/verification/reference';

export default [
  chain(
    { tolerance: 1e-7 },
    momentumSamples,
    momentumSteps,
    // Sutskever et al. 2013, eqs. 1–4, in torch.optim.SGD's form: buf = μ·buf + ∇L, θ ← θ − η·buf,
    // with buf = −v/η.
    ({ mu, eta, theta_t, v_t }) => {
      const buf = gradient(loss, theta_t).map((g, k) => mu * (-(v_t[k] ?? NaN) / eta) + g);
      return { v_next: buf.map((x) => -eta * x), theta_next: theta_t.map((x, k) => x - eta * (buf[k] ?? NaN)) };
    },
    [['\\mu \\mathbf{v}_{t} - \\eta', '\\mu \\mathbf{v}_{t} + \\eta']],
  ),
] satisfies Check[];
