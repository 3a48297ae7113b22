import { type Check, formula } from '../../../src/lib/verification';
import { row } from '../../../src/verification/reference';

export default [
  formula(
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
] satisfies Check[];
