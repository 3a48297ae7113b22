import { formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';
import { rewritten } from './reference';

const gaussian = (mean: number, sd: number) => (x: Value) =>
  Math.exp(-(((x as number) - mean) ** 2) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
/** argmax over D ∈ (0, 1) of a·log D + b·log(1 − D), by golden-section search (the objective is concave). */
const argmaxD = (a: number, b: number): number => {
  const f = (d: number) => a * Math.log(d) + b * Math.log(1 - d);
  const g = (Math.sqrt(5) - 1) / 2;
  let [lo, hi] = [1e-12, 1 - 1e-12];
  for (let n = 0; n < 200; n++) {
    const [c, d] = [hi - g * (hi - lo), lo + g * (hi - lo)];
    if (f(c) > f(d)) hi = d;
    else lo = c;
  }
  return (lo + hi) / 2;
};
/** A toy noise predictor ε_θ(z, c): a different function of z for the condition c = 1 and the null condition c = 0. */
const epsilonTheta = (z: Value, c: Value): number[] =>
  (z as number[]).map((v, k) => ((c as number) === 0 ? 0.5 * v - 0.1 * k : Math.tanh(v) + 0.3 * k));

export const verifications: Verification[] = [
  formula(
    'vae-kl-standard-normal',
    {},
    [
      { mu: [0.5, -1], sigma: [1.2, 0.3], J: 2 },
      { mu: [0, 3, -0.2], sigma: [1, 2.5, 0.05], J: 3 },
    ],
    // Sum over dimensions of KL(N(μ, σ²) ‖ N(0, 1)) = log(1/σ) + (σ² + μ²)/2 − 1/2, the Gaussian KL with σ₂ = 1, μ₂ = 0.
    ({ mu, sigma }) => mu.reduce((t, m, j) => t + Math.log(1 / (sigma[j] ?? NaN)) + ((sigma[j] ?? NaN) ** 2 + m * m) / 2 - 0.5, 0),
    [
      ['- \\mu_j^{2}', '+ \\mu_j^{2}'],
      ['\\log \\sigma_j^{2}', '\\log \\sigma_j'],
    ],
  ),
  formula(
    'ddpm-forward-marginal',
    { block: 1 },
    [
      { bar_alpha_t: 0.64, x_0: [1, -1], epsilon: [0.5, 0.5] },
      { bar_alpha_t: (1 - 1e-4) * (1 - 0.02) * (1 - 0.5), x_0: [2, 0, -3], epsilon: [-1, 2, 0.1] },
    ],
    // Mean √ᾱ_t x_0 and standard deviation √(1 − ᾱ_t), shifted by the noise (Ho et al. 2020, eq. 4).
    ({ bar_alpha_t, x_0, epsilon }) => x_0.map((x, k) => Math.sqrt(bar_alpha_t) * x + Math.sqrt(1 - bar_alpha_t) * (epsilon[k] ?? NaN)),
    [['\\sqrt{1 - \\bar{\\alpha}_t} \\,', '(1 - \\bar{\\alpha}_t) \\,']],
  ),
  formula(
    'vae-reparameterization-trick',
    {},
    [
      { mu: 1.5, sigma: 0.5, epsilon: -2 },
      { mu: -3, sigma: 2, epsilon: 0.25 },
    ],
    // The quantile of N(μ, σ²) at Φ(ε): a standard-normal draw shifted and scaled.
    ({ mu, sigma, epsilon }) => mu + epsilon * sigma,
    [['\\sigma \\epsilon', '\\sigma^{2} \\epsilon']],
  ),
  formula(
    'vae-reparameterization-trick',
    { block: 1 },
    [{ mu: [1.5, -3], sigma: [0.5, 2], epsilon: [-2, 0.25] }],
    ({ mu, sigma, epsilon }) => mu.map((m, k) => m + (epsilon[k] ?? NaN) * (sigma[k] ?? NaN)),
    [['\\boldsymbol{\\mu} + \\boldsymbol{\\sigma}', '\\boldsymbol{\\sigma}']],
  ),
  formula(
    'gan-optimal-discriminator',
    { tolerance: 1e-6 },
    [
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: 0.5 },
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: -3 },
      { p_data: gaussian(0, 1), p_g: gaussian(1, 2), x: 4 },
    ],
    // The maximiser of the pointwise objective p_data(x) log D + p_g(x) log(1 − D) (Goodfellow et al. 2014, Prop. 1), found numerically.
    ({ p_data, p_g, x }) => argmaxD(p_data(x), p_g(x)),
    [['{p_{\\text{data}}(\\mathbf{x})}{', '{p_{g}(\\mathbf{x})}{']],
  ),
  formula(
    'wgan-gp-gradient-penalty',
    { block: 1 },
    [
      { epsilon: 0.25, x: [1, -2], tilde_x: [3, 2] },
      { epsilon: 1, x: [1, -2], tilde_x: [3, 2] },
    ],
    // A point on the segment from the generated sample x̃ (ε = 0) to the real sample x (ε = 1).
    ({ epsilon, x, tilde_x }) => tilde_x.map((t, k) => t + epsilon * ((x[k] ?? NaN) - t)),
    [['(1 - \\epsilon) \\, \\tilde{\\mathbf{x}}', '\\epsilon \\, \\tilde{\\mathbf{x}}']],
  ),
  ...[0, 1].map((block) =>
    rewritten(
      formula(
        'classifier-free-guidance',
        { block, sides: [1] },
        [
          { epsilon_theta: epsilonTheta, z_t: [0.5, -1, 2], c: 1, null: 0, w: 3, s: 4 },
          { epsilon_theta: epsilonTheta, z_t: [0.5, -1, 2], c: 1, null: 0, w: 0, s: 1 },
        ],
        // Ho & Salimans (2022), eq. 6: the conditional prediction pushed away from the unconditional one by w.
        ({ z_t, c, w }) => {
          const [cond, uncond] = [epsilonTheta(z_t, c), epsilonTheta(z_t, 0)];
          return cond.map((e, k) => e + w * (e - (uncond[k] ?? NaN)));
        },
        block === 0 ? [['- w \\,', '+ w \\,']] : [['+ s \\left(', '+ \\left(']],
      ),
      // The null condition ∅ is bound as the symbol "null".
      (latex) => latex.replaceAll('\\varnothing', '\\text{null}'),
    ),
  ),
];
