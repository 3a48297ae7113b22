import { chain, type Check } from '../../../src/lib/verification';
import { at, mean, tensor, variance } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [1, 2].map((g) => ({
      x: tensor,
      i: 2,
      g,
      cal_S: [
        [1, 2],
        [3, 4],
      ],
      H: 2,
      W: 2,
      m: 8,
      gamma: [1, 2, 0.5, -1],
      beta: [0, 0.1, -0.2, 1],
      epsilon: 1e-5,
    })),
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, 'mu_i,g': mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const channels = s.cal_S[s.g - 1] ?? [];
      const y = channels.flatMap((c) =>
        [1, 2].flatMap((h) => [1, 2].map((w) => ev(outRow, { ...s, c, h, w, 'mu_i,g': mu, 'sigma_i,g': sigma }))),
      );
      return { mu, variance, y };
    },
    // torch.nn.GroupNorm (Wu & He 2018): statistics over the channels of group g and all positions.
    ({ x, i, g, cal_S, gamma, beta, epsilon }) => {
      const channels = cal_S[g - 1] ?? [];
      const values = channels.flatMap((c) => (x[i - 1]?.[c - 1] ?? []).flat());
      const y = channels.flatMap((c) =>
        (x[i - 1]?.[c - 1] ?? [])
          .flat()
          .map((v) => at(gamma, c) * ((v - mean(values)) / Math.sqrt(variance(values) + epsilon)) + at(beta, c)),
      );
      return { mu: mean(values), variance: variance(values), y };
    },
    [
      ['\\left( x_{i,c,h,w} - \\mu_{i,g} \\right)^{2}', '\\left( x_{i,c,h,w} - \\mu_{i,g} \\right)'],
      ['+ \\beta_c', '- \\beta_c'],
    ],
  ),
] satisfies Check[];
