import { chain, type Check } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

/** Responsibilities γ_ik of N = 4 points for K = 2 components (rows sum to 1), with a near-hard and a split point. */
const gmm = {
  x: [
    [0, 1],
    [2, -1],
    [3, 3],
    [-1, 0.5],
  ],
  gamma: [
    [0.9, 0.1],
    [0.25, 0.75],
    [0.001, 0.999],
    [0.5, 0.5],
  ],
  N: 4,
};

/** The M step of EM for a GMM (Bishop, PRML eqs. 9.24–9.27), by accumulating weighted moments point by point. */
const mStep = (x: number[][], gamma: number[][], k: number) => {
  const w = gamma.map((r) => r[k - 1] ?? NaN);
  const Nk = sum(w);
  const d = x[0]?.length ?? 0;
  const mu = Array.from({ length: d }, (_, a) => sum(x.map((p, i) => (w[i] ?? NaN) * (p[a] ?? NaN))) / Nk);
  const Sigma = Array.from({ length: d }, (_, a) =>
    Array.from(
      { length: d },
      (_, b) => sum(x.map((p, i) => (w[i] ?? NaN) * ((p[a] ?? NaN) - (mu[a] ?? NaN)) * ((p[b] ?? NaN) - (mu[b] ?? NaN)))) / Nk,
    ),
  );
  return { Nk, mu, Sigma, pi: Nk / x.length };
};

export default [
  chain(
    {},
    [1, 2].map((k) => ({ ...gmm, k })),
    ([nRow = '', muRow = '', sigmaRow = '', piRow = ''], s, ev) => {
      const N_k = ev(nRow, s);
      const mu = ev(muRow, { ...s, N_k });
      const Sigma = ev(sigmaRow, { ...s, N_k, 'mu_k^new': mu });
      return { N_k, mu, Sigma, pi: ev(piRow, { ...s, N_k }) };
    },
    ({ x, gamma, k }) => {
      const m = mStep(x, gamma, k);
      return { N_k: m.Nk, mu: m.mu, Sigma: m.Sigma, pi: m.pi };
    },
    [
      ['\\right)^\\top \\\\', '\\right) \\\\'],
      ['\\frac{N_k}{N}', '\\frac{N_k}{N_k}'],
      ['\\frac{1}{N_k} \\sum_{i=1}^{N} \\gamma_{ik} \\, \\mathbf{x}_i', '\\frac{1}{N} \\sum_{i=1}^{N} \\gamma_{ik} \\, \\mathbf{x}_i'],
    ],
  ),
] satisfies Check[];
