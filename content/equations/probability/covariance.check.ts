import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, mean, rewritten, sum } from '../../../src/verification/reference';

/** Data sets (rows are observations): mixed signs, a constant column, large magnitudes. */
const data = [
  [
    [1, 2],
    [3, 0],
    [2, 4],
    [-1, 1],
  ],
  [
    [1e6, 5, 0],
    [2e6, 5, 1],
    [4e6, 5, -3],
  ],
];

const column = (X: readonly number[][], j: number) => X.map((r) => r[j] ?? NaN);

/** numpy.cov(X, rowvar=False): entry (j, k) is Σ (x_ij − mean_j)(x_ik − mean_k) / (N − 1). */
const cov = (X: readonly number[][]): number[][] => {
  const d = X[0]?.length ?? 0;
  const m = Array.from({ length: d }, (_, j) => mean(column(X, j)));
  return m.map((mj, j) => m.map((mk, k) => sum(X.map((r) => ((r[j] ?? NaN) - mj) * ((r[k] ?? NaN) - mk))) / (X.length - 1)));
};

export default [
  formula(
    { block: 2 },
    data.map((X) => ({ x: X, bar_x: [0, 1, 2].slice(0, X[0]?.length).map((j) => mean(column(X, j))), N: X.length })),
    ({ x }) => cov(x),
    [
      ['\\frac{1}{N - 1}', '\\frac{1}{N}'],
      ['\\left( \\mathbf{x}_i - \\bar{\\mathbf{x}} \\right)^{\\top}', '\\left( \\mathbf{x}_i \\right)^{\\top}'],
    ],
  ),
  rewritten(
    formula(
      { block: 2 },
      data.map((X) => ({ x: X, N: X.length })),
      ({ x }) => [0, 1, 2].slice(0, x[0]?.length).map((j) => mean(column(x, j))),
    ),
    afterQquad(1),
  ),
] satisfies Check[];
