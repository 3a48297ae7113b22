import { type Check, formula } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

const logFactorial = (n: number): number => sum(Array.from({ length: n }, (_, k) => Math.log(k + 1)));

export default [
  formula(
    { block: 1 },
    [
      { z: 0.5, y: 2 },
      { z: -1, y: 0 },
      { z: 2, y: 7 },
    ],
    // −log Poisson(y; λ = e^z) = λ − y log λ + log y!, without the constant log y! (torch.nn.PoissonNLLLoss(log_input=True)).
    ({ z, y }) => {
      const lambda = Math.exp(z);
      const negLogPmf = -(y * Math.log(lambda) - lambda - logFactorial(y));
      return negLogPmf - logFactorial(y);
    },
    [['- y z', '+ y z']],
  ),
] satisfies Check[];
