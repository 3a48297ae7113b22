import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { tolerance: 1e-9, relations: ['\\approx'] },
    [-3, -1, 0, 0.5, 2.5].map((x) => ({ x })),
    // torch.nn.GELU(approximate='tanh') (Hendrycks & Gimpel 2016, section 2).
    ({ x }) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
    [
      ['x^{3}', 'x^{2}'],
      ['\\frac{x}{2}', 'x'],
    ],
  ),
] satisfies Check[];
