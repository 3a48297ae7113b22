import { type Check, formula } from '../../../src/lib/verification';
import { eig2, matmul, matvec, T } from '../../../src/verification/reference';

/** SVD of a 2×2 matrix from the eigenpairs of AᵀA: V's columns, σ = √λ, U's columns Av/σ. */
const svd2 = (A: number[][]) => {
  const {
    values,
    vectors: [v1 = [], v2 = []],
  } = eig2(matmul(T(A), A));
  // V a rotation (det +1) rather than a reflection, so that V ≠ Vᵀ.
  const vectors = (v1[0] ?? NaN) * (v2[1] ?? NaN) - (v1[1] ?? NaN) * (v2[0] ?? NaN) < 0 ? [v1, v2.map((t) => -t)] : [v1, v2];
  const s = values.map(Math.sqrt);
  const u = vectors.map((v, j) => matvec(A, v).map((t) => t / (s[j] ?? NaN)));
  return { s, u, v: vectors };
};

export default [
  ...[
    [
      [3, 1],
      [-1, 2],
    ],
    [
      [0, -2],
      [1, 0],
    ],
  ].flatMap((A) => {
    const { s, u, v } = svd2(A);
    return [
      formula({}, [{ A, U: T(u), Sigma: s.map((x, j) => s.map((_, k) => (j === k ? x : 0))), V: T(v) }], () => A, [
        ['\\mathbf{V}^\\top', '\\mathbf{V}'],
      ]),
      formula({ block: 1 }, [{ A, s, u, v, r: s.filter((x) => x > 1e-12).length }], () => A, [
        ['\\mathbf{u}_j \\mathbf{v}_j^\\top', '\\mathbf{v}_j \\mathbf{u}_j^\\top'],
      ]),
    ];
  }),
] satisfies Check[];
