import { formula, type Verification } from '../lib/verification';
import { at, sigmoid, softmax, sigma } from './reference';

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
  formula('softmax-temperature', {}, [{ z: [1, 2, 3], i: 1, K: 3, T: 2 }], ({ z, i, T: t }) => at(softmax(z.map((v) => v / t)), i)),
  formula('log-softmax', {}, [{ z: [1, 2, 3], i: 3, K: 3 }], ({ z, i }) => Math.log(at(softmax(z), i)), [['- \\log', '+ \\log']]),
  formula('log-softmax', { block: 1 }, [{ z: [1, 2, 3], i: 1, K: 3, m: 3 }], ({ z, i }) => Math.log(at(softmax(z), i))),
  formula('relu', {}, [{ x: -2 }, { x: 0 }, { x: 3.5 }], ({ x }) => Math.max(0, x), [['x & \\text{if } x > 0', '-x & \\text{if } x > 0']]),
  formula(
    'leaky-relu',
    {},
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
  ),
  formula(
    'leaky-relu',
    { block: 1 },
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
  ),
  formula(
    'elu',
    {},
    [
      { x: -1, alpha: 1.5 },
      { x: 2, alpha: 1.5 },
    ],
    ({ x, alpha }) => (x > 0 ? x : alpha * (Math.exp(x) - 1)),
    [['e^{x} - 1', 'e^{x} + 1']],
  ),
  formula(
    'hard-sigmoid',
    {},
    [-4, -1, 0, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => Math.min(1, Math.max(0, x / 6 + 0.5)),
    [['\\frac{x}{6}', '\\frac{x}{3}']],
  ),
  formula(
    'hard-swish',
    { block: 1 },
    [-4, -1, 2, 5].map((x) => ({ x })),
    ({ x }) => (x * Math.min(6, Math.max(0, x + 3))) / 6,
  ),
  formula('tanh', {}, [{ x: 0.7 }, { x: -2 }], ({ x }) => Math.tanh(x), [['e^{x} - e^{-x}', 'e^{x} + e^{-x}']]),
  formula('tanh', { block: 1 }, [{ x: 0.7, sigma }], ({ x }) => Math.tanh(x)),
  formula(
    'silu',
    {},
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => x * sigmoid(x),
  ),
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
  ),
  formula('sigmoid-derivative', { block: 1 }, [{ x: 0.4 }, { x: -2 }], ({ x }) => sigmoid(x) * (1 - sigmoid(x)), [['^{2}', '']]),
];
