import { type Check, formula } from '../../../src/lib/verification';
import { sigma } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [
      { sigma, beta: 1, z: -2 },
      { sigma, beta: 1, z: 3 },
      { sigma, beta: 0.5, z: 0 },
      { sigma, beta: 0.5, z: -30 },
    ],
    // SiLU/Swish: z / (1 + e^{−βz}).
    ({ beta, z }) => z / (1 + Math.exp(-beta * z)),
    [['\\sigma(\\beta z)', '\\sigma(z)']],
  ),
] satisfies Check[];
