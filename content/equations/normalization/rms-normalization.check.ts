import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, at, mean, rewritten } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [2, 4].map((i) => ({
      a: [1, -2, 3, 0.5],
      g: [1, 0.5, 2, 1],
      i,
      n: 4,
      epsilon: 1e-6,
      RMS: (v: unknown) => (Array.isArray(v) ? Math.sqrt(mean(v.map((x) => Number(x) ** 2)) + 1e-6) : NaN),
    })),
    // torch.nn.RMSNorm (Zhang & Sennrich 2019): a / √(mean(a²) + ε) · g, without re-centring.
    ({ a, g, i, epsilon }) => (at(a, i) / Math.sqrt(mean(a.map((x) => x * x)) + epsilon)) * at(g, i),
    [['\\, g_i', '']],
  ),
  rewritten(
    formula(
      {},
      [
        { a: [1, -2, 3, 0.5], n: 4, epsilon: 1e-6 },
        { a: [0, 0], n: 2, epsilon: 1e-6 },
      ],
      ({ a, epsilon }) => Math.sqrt(mean(a.map((x) => x * x)) + epsilon),
      [['\\frac{1}{n} \\sum', '\\sum']],
    ),
    afterQquad(),
  ),
] satisfies Check[];
