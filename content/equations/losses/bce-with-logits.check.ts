import { type Check, formula } from '../../../src/lib/verification';
import { sigma, sigmoid, softplus } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: 1, z: 0.3, sigma },
      { y: 0, z: -2, sigma },
      { y: 0, z: 0, sigma },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
    [['(1 - y)', 'y']],
  ),
  formula(
    { block: 1 },
    [
      { y: 1, z: 0.3 },
      { y: 0, z: -2 },
      { y: 1, z: -40 },
      { y: 0, z: 30 },
    ],
    // −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z), computed stably.
    ({ y, z }) => y * softplus(-z) + (1 - y) * softplus(z),
    [
      ['- z y', '+ z y'],
      ['e^{-\\lvert z \\rvert}', 'e^{-z}'],
    ],
  ),
] satisfies Check[];
