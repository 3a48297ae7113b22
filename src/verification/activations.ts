import { formula, type Verification } from '../lib/verification';
import { at, derivative, elementwise, erf, identity, normalCdf, sigmoid, softmax, softplus, sigma } from './reference';

/** PyTorch's ReLU6, min(max(0, x), 6). */
const ReLU6 = elementwise((x) => Math.min(Math.max(0, x), 6));
/** ELU as torch.nn.ELU defines it (Clevert et al. 2016). */
const elu = (x: number, alpha: number): number => (x > 0 ? x : alpha * Math.expm1(x));
/** SELU's fixed constants (Klambauer et al. 2017, eq. 14). */
const SELU = { lambda: 1.0507009873554805, alpha: 1.6732632423543772 };
/** The softmax Jacobian ∂s_i/∂z_j by central differences: independent of any closed form. */
const softmaxJacobian = (z: readonly number[]): number[][] =>
  z.map((_, i) => z.map((_, j) => derivative((t) => at(softmax(z.map((v, k) => (k === j ? t : v))), i + 1), at(z, j + 1))));
const jacobianSamples = [
  { z: [1, 2, 0.5], i: 1, j: 1 },
  { z: [1, 2, 0.5], i: 1, j: 3 },
  { z: [-3, 0, 4, 1], i: 4, j: 2 },
].map(({ z, i, j }) => ({ z, s: softmax(z), delta: identity(z.length), i, j, K: z.length }));

export const verifications: Verification[] = [
  formula('sigmoid', {}, [{ x: 0 }, { x: 2 }, { x: -3 }], ({ x }) => 1 / (1 + Math.exp(-x)), [
    ['e^{-x}', 'e^{x}'],
    ['\\frac{e^{x}}{1 + e^{x}}', '\\frac{e^{x}}{1 - e^{x}}'],
  ]),
  formula('sigmoid', { sides: [0] }, [{ x: 1.5, sigma }], ({ x }) => sigmoid(x)),
  formula(
    'softmax',
    {},
    [
      { z: [1, 2, 3], i: 2, K: 3 },
      { z: [0.5, -1, 2, 0], i: 4, K: 4 },
    ],
    ({ z, i }) => at(softmax(z), i),
    [
      ['\\sum_{j=1}^{K}', '\\sum_{j=2}^{K}'],
      ['e^{z_i}', 'e^{-z_i}'],
    ],
  ),
  formula(
    'softmax-temperature',
    {},
    [
      { z: [1, 2, 3], i: 1, K: 3, T: 2 },
      { z: [0.5, -1, 4], i: 3, K: 3, T: 0.5 },
    ],
    ({ z, i, T: t }) => at(softmax(z.map((v) => v / t)), i),
    [['\\exp(z_i / T)', '\\exp(z_i)']],
  ),
  formula('log-softmax', {}, [{ z: [1, 2, 3], i: 3, K: 3 }], ({ z, i }) => Math.log(at(softmax(z), i)), [['- \\log', '+ \\log']]),
  formula(
    'log-softmax',
    { block: 1 },
    [
      { z: [1, 2, 3], i: 1, K: 3, m: 3 },
      { z: [-2, 0.5, 1], i: 2, K: 3, m: 1 },
    ],
    ({ z, i }) => Math.log(at(softmax(z), i)),
    [['z_i - m', 'z_i + m']],
  ),
  formula('relu', {}, [{ x: -2 }, { x: 0 }, { x: 3.5 }], ({ x }) => Math.max(0, x), [['x & \\text{if } x > 0', '-x & \\text{if } x > 0']]),
  formula(
    'leaky-relu',
    {},
    [
      { x: -2, alpha: 0.01 },
      { x: 0, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
    [['\\alpha x & \\text{if } x < 0', 'x & \\text{if } x < 0']],
  ),
  formula(
    'leaky-relu',
    { block: 1 },
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
    [['+ \\alpha \\min(0, x)', '- \\alpha \\min(0, x)']],
  ),
  formula(
    'prelu',
    {},
    [
      { x_c: -2, a_c: 0.25 },
      { x_c: 0, a_c: 0.25 },
      { x_c: 3, a_c: 0.25 },
    ],
    // torch.nn.PReLU: max(0, x) + a · min(0, x), with a learned per channel (He et al. 2015).
    ({ x_c, a_c }) => Math.max(0, x_c) + a_c * Math.min(0, x_c),
    [['a_c x_c & \\text{if } x_c \\le 0', 'x_c & \\text{if } x_c \\le 0']],
  ),
  formula(
    'prelu',
    { block: 1 },
    [
      { x_c: -2, a_c: 0.25 },
      { x_c: 3, a_c: 0.25 },
    ],
    ({ x_c, a_c }) => (x_c > 0 ? x_c : a_c * x_c),
    [['+ a_c \\min(0, x_c)', '- a_c \\min(0, x_c)']],
  ),
  formula(
    'elu',
    {},
    [
      { x: -1, alpha: 1.5 },
      { x: 0, alpha: 1.5 },
      { x: 2, alpha: 1.5 },
    ],
    ({ x, alpha }) => elu(x, alpha),
    [['e^{x} - 1', 'e^{x} + 1']],
  ),
  formula(
    'elu',
    { block: 1 },
    [-3, -0.5, 2].map((x) => ({ x, alpha: 1.5, ELU: elementwise((v) => elu(v, 1.5)) })),
    ({ x, alpha }) => derivative((v) => elu(v, alpha), x),
    [['\\operatorname{ELU}(x) + \\alpha', '\\operatorname{ELU}(x) - \\alpha']],
  ),
  formula(
    'selu',
    {},
    [-2, 0, 1.5].map((x) => ({ x, ...SELU })),
    ({ x, lambda, alpha }) => lambda * elu(x, alpha),
    [['\\left( e^{x} - 1 \\right)', 'e^{x}']],
  ),
  formula(
    'gelu',
    {},
    [-3, -1, 0, 0.5, 2.5].map((x) => ({ x, Phi: elementwise(normalCdf), erf: elementwise(erf) })),
    // GELU(x) = x Φ(x) (Hendrycks & Gimpel 2016), Φ integrated numerically from the normal density.
    ({ x }) => x * normalCdf(x),
    [
      ['\\frac{x}{\\sqrt{2}}', '\\frac{x}{2}'],
      ['1 + \\operatorname{erf}', '1 - \\operatorname{erf}'],
    ],
  ),
  formula(
    'gelu-tanh-approximation',
    { tolerance: 1e-9, relations: ['\\approx'] },
    [-3, -1, 0, 0.5, 2.5].map((x) => ({ x })),
    // torch.nn.GELU(approximate='tanh') (Hendrycks & Gimpel 2016, section 2).
    ({ x }) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
    [
      ['x^{3}', 'x^{2}'],
      ['\\frac{x}{2}', 'x'],
    ],
  ),
  formula(
    'mish',
    {},
    [-3, 0, 1.2, 20].map((x) => ({ x, softplus: elementwise(softplus) })),
    // Misra 2019: Mish(x) = x · tanh(softplus(x)).
    ({ x }) => x * Math.tanh(softplus(x)),
    [['\\log\\left( 1 + e^{x} \\right)', '\\log\\left( 1 + e^{-x} \\right)']],
  ),
  formula(
    'hard-sigmoid',
    {},
    [-4, -3, -1, 0, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => Math.min(1, Math.max(0, x / 6 + 0.5)),
    [['\\frac{x}{6}', '\\frac{x}{3}']],
  ),
  formula(
    'hard-sigmoid',
    { block: 1 },
    [-4, -1, 0, 2, 5].map((x) => ({ x, ReLU6 })),
    // torch.nn.Hardsigmoid: 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 in between.
    ({ x }) => (x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5),
    [['x + 3', 'x - 3']],
  ),
  formula(
    'hard-swish',
    {},
    [-4, -1, 0, 2, 5].map((x) => ({ x, ReLU6 })),
    // torch.nn.Hardswish (Howard et al. 2019): 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 in between.
    ({ x }) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
    [['{6}', '{3}']],
  ),
  formula(
    'hard-swish',
    { block: 1 },
    [-4, -3, -1, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => (x * Math.min(6, Math.max(0, x + 3))) / 6,
    [['\\frac{x (x + 3)}{6}', '\\frac{x (x - 3)}{6}']],
  ),
  formula('tanh', {}, [{ x: 0.7 }, { x: -2 }, { x: 0 }], ({ x }) => Math.tanh(x), [['e^{x} - e^{-x}', 'e^{x} + e^{-x}']]),
  formula(
    'tanh',
    { block: 1 },
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => Math.tanh(x),
    [['2\\sigma(2x) - 1', '\\sigma(2x) - 1']],
  ),
  formula(
    'tanh-derivative',
    { tolerance: 1e-8 },
    [-2, 0, 0.7, 3].map((x) => ({ x, sech: elementwise((v) => 1 / Math.cosh(v)) })),
    ({ x }) => derivative(Math.tanh, x),
    [['1 - \\tanh^{2}(x)', '1 + \\tanh^{2}(x)']],
  ),
  formula(
    'silu',
    {},
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
      { x: 0, sigma },
    ],
    ({ x }) => x * sigmoid(x),
    [['1 + e^{-x}', '1 + e^{x}']],
  ),
  formula(
    'silu',
    { block: 1 },
    [
      { x: 0.7, beta: 1, sigma },
      { x: -2, beta: 1.5, sigma },
    ],
    // Ramachandran et al. 2017: Swish_β(x) = x · sigmoid(βx).
    ({ x, beta }) => x / (1 + Math.exp(-beta * x)),
    [['\\sigma(\\beta x)', '\\sigma(x)']],
  ),
  formula('softplus', {}, [{ x: 0.7 }, { x: -3 }, { x: 0 }], ({ x }) => softplus(x), [['1 + e^{x}', '1 + e^{-x}']]),
  formula('softplus', { block: 1 }, [{ x: 0.7, beta: 2 }], ({ x, beta }) => Math.log(1 + Math.exp(beta * x)) / beta, [
    ['\\frac{1}{\\beta}', '\\beta'],
  ]),
  formula(
    'sigmoid-derivative',
    {},
    [
      { x: 0.4, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => sigmoid(x) * (1 - sigmoid(x)),
    [['\\left( 1 - \\sigma(x) \\right)', '\\left( 1 + \\sigma(x) \\right)']],
  ),
  formula('sigmoid-derivative', { block: 1 }, [{ x: 0.4 }, { x: -2 }], ({ x }) => sigmoid(x) * (1 - sigmoid(x)), [['^{2}', '']]),
  formula('softmax-jacobian', { tolerance: 1e-8 }, jacobianSamples, ({ z, i, j }) => at(softmaxJacobian(z)[i - 1] ?? [], j), [
    ['\\delta_{ij} - s_j', '\\delta_{ij} + s_j'],
  ]),
  formula('softmax-jacobian', { block: 1, tolerance: 1e-8 }, jacobianSamples, ({ z, i, j }) => at(softmaxJacobian(z)[i - 1] ?? [], j), [
    ['-s_i s_j', 's_i s_j'],
  ]),
  formula(
    'softmax-jacobian',
    { block: 2, tolerance: 1e-8 },
    jacobianSamples.map(({ z, s }) => ({
      z,
      s,
      diag: (v) => (Array.isArray(v) ? identity(v.length).map((r, k) => r.map((x) => x * Number(v[k]))) : v),
    })),
    ({ z }) => softmaxJacobian(z),
    [['- \\mathbf{s} \\mathbf{s}^{\\top}', '+ \\mathbf{s} \\mathbf{s}^{\\top}']],
  ),
];
