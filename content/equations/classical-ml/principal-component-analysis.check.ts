import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, eig2, mean, sub } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      {
        x: [
          [1, 2],
          [3, 0],
          [2, 4],
        ],
        bar_x: [2, 2],
        N: 3,
      },
    ],
    // The maximum-likelihood covariance (numpy.cov with bias=True), entry by entry.
    ({ x, bar_x }) =>
      [0, 1].map((j) => [0, 1].map((k) => mean(x.map((r) => ((r[j] ?? NaN) - at(bar_x, j + 1)) * ((r[k] ?? NaN) - at(bar_x, k + 1)))))),
    [['\\frac{1}{N} \\sum', '\\frac{1}{N - 1} \\sum']],
  ),
  ...[1, 2].map((j) => {
    const S = [
      [2, 0.8],
      [0.8, 1],
    ];
    const { values, vectors } = eig2(S);
    return formula(
      { block: 1, sides: [0, 1] },
      [{ S, u: vectors, lambda: values, j }],
      () => (vectors[j - 1] ?? []).map((t) => t * at(values, j)),
      [['\\lambda_j \\mathbf{u}_j', '\\mathbf{u}_j']],
    );
  }),
  formula(
    { block: 2 },
    [1, 2, 3].map((i) => ({
      i,
      x: [
        [1, 2],
        [3, 0],
        [2, 4],
      ],
      bar_x: [2, 2],
      U_M: [[0.6], [0.8]],
    })),
    // The coordinate of the centred point along the unit vector u₁ = (0.6, 0.8).
    ({ i, x, bar_x }) => [dot([0.6, 0.8], sub(x[i - 1] ?? [], bar_x))],
    [['\\left( \\mathbf{x}_i - \\bar{\\mathbf{x}} \\right)', '\\mathbf{x}_i']],
  ),
] satisfies Check[];
