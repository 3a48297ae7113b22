import { type Check, formula } from '../../../src/lib/verification';
import { dot } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { x: [1, 2], x_prime: [3, -1], gamma: 0.1, r: -0.5 },
      { x: [0, 0], x_prime: [3, -1], gamma: 0.1, r: 0.3 },
      { x: [1e3, 2e3], x_prime: [-3e3, 1e3], gamma: 1e-7, r: 0 },
    ],
    // scikit-learn's sigmoid_kernel: tanh(γ ⟨x, x'⟩ + r), with tanh = (e^{2t} − 1)/(e^{2t} + 1).
    ({ x, x_prime, gamma, r }) => {
      const t = gamma * dot(x, x_prime) + r;
      return (Math.exp(2 * t) - 1) / (Math.exp(2 * t) + 1);
    },
    [['\\gamma \\, \\mathbf{x}^\\top', '\\mathbf{x}^\\top']],
  ),
] satisfies Check[];
