import { chain, type Check } from '../../../src/lib/verification';
import { mean, standardise, tensor, variance } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [
      { x: tensor, i: 1, c: 3, H: 2, W: 2, epsilon: 1e-5 },
      { x: tensor, i: 2, c: 1, H: 2, W: 2, epsilon: 1e-5 },
    ],
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, 'mu_i,c': mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const y = [1, 2].flatMap((h) => [1, 2].map((w) => ev(outRow, { ...s, h, w, 'mu_i,c': mu, 'sigma_i,c': sigma })));
      return { mu, variance, y };
    },
    // torch.nn.InstanceNorm2d (Ulyanov et al. 2016): statistics per sample and channel over H × W.
    ({ x, i, c, epsilon }) => {
      const values = (x[i - 1]?.[c - 1] ?? []).flat();
      return { mu: mean(values), variance: variance(values), y: standardise(values, epsilon) };
    },
    [['\\frac{1}{HW}', '\\frac{1}{H}']],
  ),
] satisfies Check[];
