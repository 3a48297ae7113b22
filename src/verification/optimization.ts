import { chain, formula, type Verification } from '../lib/verification';
import type { Fn } from '../lib/latex-eval';
import { dot, elementwise, gradient, matmul, norm, rewritten } from './reference';

const row = (m: readonly (readonly number[])[], k: number): readonly number[] => m[k] ?? [];
const vec = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : [Number(v)]);
/** A convex quadratic objective L(θ) = ½ θᵀAθ − bᵀθ; its minimiser solves Aθ = b. */
const A = [
  [3, 1],
  [1, 2],
];
const b = [1, -1];
const loss = (theta: readonly number[]): number =>
  0.5 *
    dot(
      theta,
      matmul(
        A,
        theta.map((x) => [x]),
      ).map((r) => r[0] ?? NaN),
    ) -
  dot(b, theta);
/** ∇L bound in the scope as its closed form Aθ − b; the references differentiate L numerically instead. */
const grad: Fn = (theta) => {
  const t = vec(theta);
  return A.map((r, k) => dot(r, t) - (b[k] ?? NaN));
};
/** Per-example squared errors ℓ_i(θ) = (θᵀx_i − y_i)² of a linear model on four examples. */
const examples = {
  x: [
    [1, 2],
    [0, -1],
    [3, 1],
    [-2, 0.5],
  ],
  y: [1, 0, 2, -1],
};
const exampleLoss = (theta: readonly number[], i: number): number =>
  (dot(theta, examples.x[i - 1] ?? []) - (examples.y[i - 1] ?? NaN)) ** 2;
/** ∇ℓ_i in closed form, 2(θᵀx_i − y_i) x_i, bound as nabla_theta_ell and called with (θ, i). */
const gradExample: Fn = (theta, i) => {
  const x = examples.x[Number(i) - 1] ?? [];
  const r = dot(vec(theta), x) - (examples.y[Number(i) - 1] ?? NaN);
  return x.map((v) => 2 * r * v);
};
/** A two-layer tanh network with loss ½‖a⁽²⁾ − y‖², for backpropagation. */
const network = {
  W: [
    [
      [0.5, -0.3],
      [0.8, 0.2],
    ],
    [
      [1, -0.7],
      [0.4, 0.9],
    ],
  ],
  b: [
    [0.1, -0.1],
    [0, 0.2],
  ],
  x: [0.5, -1],
  y: [0.3, -0.5],
};
const matvec = (m: readonly (readonly number[])[], v: readonly number[]): number[] => m.map((r) => dot(r, v));
/** The forward pass from layer l's pre-activation z (layers 1-based), returning the loss. */
const lossFrom = (l: number, z: readonly number[], W = network.W): number => {
  let a = z.map(Math.tanh);
  for (let k = l; k < W.length; k++) a = matvec(W[k] ?? [], a).map((v, j) => Math.tanh(v + (network.b[k]?.[j] ?? NaN)));
  return 0.5 * a.reduce((acc, v, j) => acc + (v - (network.y[j] ?? NaN)) ** 2, 0);
};
const forward = (W: number[][][], b: number[][]) => {
  const z: number[][] = [];
  const a: number[][] = [network.x];
  W.forEach((m, k) => {
    z.push(matvec(m, a[k] ?? []).map((v, j) => v + (b[k]?.[j] ?? NaN)));
    a.push((z[k] ?? []).map(Math.tanh));
  });
  return { z, a, loss: lossFrom(W.length, z[W.length - 1] ?? []) };
};
/** δ⁽ˡ⁾ = ∂L/∂z⁽ˡ⁾, numerically. */
const layerDelta = (l: number): number[] => gradient((z) => lossFrom(l, z), forward(network.W, network.b).z[l - 1] ?? []);
/** ∂L/∂W⁽ˡ⁾ and ∂L/∂b⁽ˡ⁾, numerically, perturbing the parameters and running the whole forward pass. */
const parameterGradients = (l: number) => {
  const Wl = network.W[l - 1] ?? [];
  const cols = Wl[0]?.length ?? 0;
  const withW = (flat: number[]) =>
    network.W.map((m, k) => (k === l - 1 ? m.map((r, i) => r.map((_, j) => flat[i * cols + j] ?? NaN)) : m));
  const flatGrad = gradient((flat) => forward(withW(flat), network.b).loss, Wl.flat());
  return {
    dW: Wl.map((r, i) => r.map((_, j) => flatGrad[i * cols + j] ?? NaN)),
    db: gradient(
      (bl) =>
        forward(
          network.W,
          network.b.map((v, k) => (k === l - 1 ? bl : v)),
        ).loss,
      network.b[l - 1] ?? [],
    ),
  };
};
const layerNames = (latex: string): string =>
  latex.replace(/\^\{\((l\+1|l-1|l|L)\)(\\top)?\}/g, (_, k: string, top: string | undefined) => {
    const name = ({ 'l+1': 'next', 'l-1': 'prev', l: 'cur', L: 'out' } as Record<string, string>)[k] ?? k;
    return `_{\\text{${name}}}${top ? '^{\\top}' : ''}`;
  });
/** The minimiser A⁻¹b by Cramer's rule. */
const minimiser = (() => {
  const [[a = 0, c = 0] = [], [d = 0, e = 0] = []] = A;
  const det = a * e - c * d;
  return [((b[0] ?? NaN) * e - c * (b[1] ?? NaN)) / det, (a * (b[1] ?? NaN) - d * (b[0] ?? NaN)) / det];
})();

export const verifications: Verification[] = [
  formula(
    'cosine-annealing',
    {},
    [0, 3, 5, 10].map((T_cur) => ({ 'eta_min^i': 0.001, 'eta_max^i': 0.1, T_cur, T_i: 10 })),
    // SGDR (Loshchilov & Hutter 2017, eq. 5): from η_max at T_cur = 0 down to η_min at T_cur = T_i.
    (s) => s['eta_min^i'] + 0.5 * (s['eta_max^i'] - s['eta_min^i']) * (1 + Math.cos((s.T_cur / s.T_i) * Math.PI)),
    [
      ['1 + \\cos', '1 - \\cos'],
      ['\\frac{1}{2} \\left(', '\\left('],
    ],
  ),
  formula(
    'linear-warmup',
    {},
    [0, 5, 10, 12].map((t) => ({ t, T_warmup: 10, eta_init: 0.01, eta_target: 0.1 })),
    // torch.optim.lr_scheduler.LinearLR with start_factor = η_init/η_target, end_factor = 1, total_iters = T_warmup.
    ({ t, T_warmup, eta_init, eta_target }) => {
      const start = eta_init / eta_target;
      return eta_target * (start + ((1 - start) * Math.min(t, T_warmup)) / T_warmup);
    },
    [['\\eta_{\\text{init}} + \\left(', '\\left(']],
  ),
  formula(
    'step-decay',
    {},
    [
      { t: 25, s: 10, eta_0: 0.1, gamma: 0.5 },
      { t: 9, s: 10, eta_0: 0.1, gamma: 0.5 },
      { t: 30, s: 10, eta_0: 1, gamma: 0.1 },
    ],
    // torch.optim.lr_scheduler.StepLR, stepped epoch by epoch: multiply by γ at every multiple of s.
    ({ t, s, eta_0, gamma }) => {
      let eta = eta_0;
      for (let epoch = 1; epoch <= t; epoch++) if (epoch % s === 0) eta *= gamma;
      return eta;
    },
    [['\\lfloor t / s \\rfloor', 't / s']],
  ),
  formula(
    'gradient-clipping-by-norm',
    {},
    [
      { g: [3, 4], c: 1 },
      { g: [0.3, 0.4], c: 1 },
      { g: [-6, 0, 8], c: 5 },
    ],
    // Pascanu et al. 2013, Algorithm 1: rescale to norm c only when the norm exceeds c.
    ({ g, c }) => (norm(g) > c ? g.map((v) => (v * c) / norm(g)) : g),
    [['\\min\\left( 1,', '\\max\\left( 1,']],
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
  // Row 3 states m̂ and v̂ side by side; the rewrite puts v̂ on a row of its own.
  rewritten(
    chain(
      'adamw',
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
  chain(
    'rmsprop',
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
  // Δθ_t is one symbol (the update); the rewrite names it D so that it is not read as Δ times θ_t.
  rewritten(
    chain(
      'adadelta',
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
  formula(
    'adagrad',
    {},
    [1, 2].map((j) => ({
      t: 3,
      j,
      eta: 0.1,
      delta: 1e-10,
      g: [
        [0.5, -2],
        [1, 0],
        [-0.5, 1],
      ],
      theta: [
        [0, 0],
        [1, -1],
      ],
    })),
    // torch.optim.Adagrad (Duchi et al. 2011): accumulate squared gradients, divide the step by their root.
    ({ t, j, eta, delta, g, theta }) => {
      let G = 0;
      for (let tau = 0; tau < t; tau++) G += (row(g, tau)[j - 1] ?? NaN) ** 2;
      return (row(theta, t - 2)[j - 1] ?? NaN) - (eta * (row(g, t - 1)[j - 1] ?? NaN)) / (delta + Math.sqrt(G));
    },
    [
      ['\\sum_{\\tau=1}^{t}', '\\sum_{\\tau=2}^{t}'],
      ['g_{\\tau,j}^{2}', 'g_{\\tau,j}'],
    ],
  ),
  formula(
    'gradient-descent',
    { tolerance: 1e-7 },
    [
      { theta_t: [1, 2], eta: 0.1, nabla_theta_cal_L: grad },
      { theta_t: [-40, 25], eta: 0.3, nabla_theta_cal_L: grad },
    ],
    ({ theta_t, eta }) => {
      const g = gradient(loss, theta_t);
      return theta_t.map((x, k) => x - eta * (g[k] ?? NaN));
    },
    [['- \\eta', '+ \\eta']],
  ),
  // v_{t+1} is read as the (t+1)-th element of v, so the second row gets v = (v_t, v_{t+1}) with t = 1.
  ...[false, true].map((nesterov) =>
    chain(
      nesterov ? 'nesterov-momentum' : 'momentum',
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
      // with buf = −v/η; Nesterov's gradient is taken at the look-ahead point θ + μv.
      ({ mu, eta, theta_t, v_t }) => {
        const at = nesterov ? theta_t.map((x, k) => x + mu * (v_t[k] ?? NaN)) : theta_t;
        const buf = gradient(loss, at).map((g, k) => mu * (-(v_t[k] ?? NaN) / eta) + g);
        return { v_next: buf.map((x) => -eta * x), theta_next: theta_t.map((x, k) => x - eta * (buf[k] ?? NaN)) };
      },
      nesterov
        ? [['\\boldsymbol{\\theta}_{t} + \\mu \\mathbf{v}_{t})', '\\boldsymbol{\\theta}_{t})']]
        : [['\\mu \\mathbf{v}_{t} - \\eta', '\\mu \\mathbf{v}_{t} + \\eta']],
    ),
  ),
  formula(
    'newtons-method',
    {},
    [
      { theta_t: [1, 2], H_t: A, nabla_theta_cal_L: grad },
      { theta_t: [-50, 7], H_t: A, nabla_theta_cal_L: grad },
    ],
    // On a quadratic, one Newton step from anywhere lands on the minimiser A⁻¹b.
    () => minimiser,
    [['- \\mathbf{H}_{t}^{-1}', '- \\mathbf{H}_{t}']],
  ),
  formula(
    'minibatch-sgd',
    { tolerance: 1e-7 },
    [
      { theta_t: [1, -1], eta_t: 0.1, B: 2, cal_B_t: [1, 3], nabla_theta_ell: gradExample },
      { theta_t: [0.5, 2], eta_t: 0.05, B: 3, cal_B_t: [2, 3, 4], nabla_theta_ell: gradExample },
    ],
    // A step on the mean loss of the batch, differentiated numerically (as loss.mean().backward(); optimizer.step()).
    ({ theta_t, eta_t, cal_B_t }) => {
      const g = gradient((th) => cal_B_t.reduce((acc, i) => acc + exampleLoss(th, i), 0) / cal_B_t.length, theta_t);
      return theta_t.map((x, k) => x - eta_t * (g[k] ?? NaN));
    },
    [
      ['\\frac{1}{B}', ''],
      ['- \\eta_{t}', '+ \\eta_{t}'],
    ],
  ),
  // The layer superscripts ^{(l)}, ^{(l+1)}, ^{(l-1)}, ^{(L)} are renamed to subscripts cur, next,
  // prev, out (the evaluator reads ^{(m)} as nothing it can bind); δ is checked against ∂L/∂z.
  rewritten(
    formula(
      'backpropagation-chain-rule',
      { tolerance: 1e-7 },
      [
        {
          W_next: network.W[1] ?? [],
          delta_next: layerDelta(2),
          z_cur: forward(network.W, network.b).z[0] ?? [],
          f_prime: elementwise((v) => 1 - Math.tanh(v) ** 2),
        },
      ],
      () => layerDelta(1),
      [['\\mathbf{W}^{(l+1)\\top}', '\\mathbf{W}^{(l+1)}']],
    ),
    layerNames,
  ),
  rewritten(
    chain(
      'backpropagation-chain-rule',
      { block: 1, tolerance: 1e-7 },
      [1, 2].map((l) => ({
        l,
        delta_cur: layerDelta(l),
        a_prev: forward(network.W, network.b).a[l - 1] ?? [],
        a_cur: forward(network.W, network.b).a[l] ?? [],
      })),
      // Row 0 needs ∇ with respect to a^{(L)}, which has no name; rows 1 and 2 are the parameter gradients.
      ([, wRow = '', bRow = ''], s, ev) => ({ dW: ev(wRow, s), db: ev(bRow, s) }),
      ({ l }) => parameterGradients(l),
      [['\\mathbf{a}^{(l-1)\\top}', '\\mathbf{a}^{(l)\\top}']],
    ),
    layerNames,
  ),
];
