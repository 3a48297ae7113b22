import { chain, type Check } from '../../../src/lib/verification';
import { at } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [{ a: [1, 2, 4, 9], H: 4, g: [1, 2, 1, 0.5], b: [0, 0.1, 0, -1], epsilon: 1e-5 }],
    ([meanRow = '', varRow = '', outRow = ''], s, ev) => {
      const mu = ev(meanRow, s);
      const variance = ev(varRow, { ...s, mu });
      const sigma = typeof variance === 'number' ? Math.sqrt(variance) : NaN;
      const y = s.a.map((_, k) => ev(outRow, { ...s, i: k + 1, mu, sigma }));
      return { mu, variance, y };
    },
    ({ a, H, g, b, epsilon }) => {
      const mu = a.reduce((t, v) => t + v, 0) / H;
      const variance = a.reduce((t, v) => t + (v - mu) ** 2, 0) / H;
      return { mu, variance, y: a.map((v, k) => (at(g, k + 1) * (v - mu)) / Math.sqrt(variance + epsilon) + at(b, k + 1)) };
    },
    [['\\frac{1}{H}', '\\frac{1}{H - 1}']],
  ),
] satisfies Check[];
