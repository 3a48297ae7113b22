import { type Check, formula } from '../../../src/lib/verification';
import { dot, sigma } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { w: [1, -2], x: [0.5, 1], b: 0.3, sigma },
      { w: [10, 20], x: [3, 4], b: -5, sigma },
      { w: [0, 0], x: [1, 1], b: 0, sigma },
    ],
    ({ w, x, b }) => {
      const z = dot(w, x) + b;
      return Math.exp(z) / (1 + Math.exp(z)); // the odds e^z over 1 + e^z
    },
    [['-\\left( \\mathbf{w}^\\top', '\\left( \\mathbf{w}^\\top']],
  ),
] satisfies Check[];
