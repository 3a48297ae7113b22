import { type Check, formula } from '../../../src/lib/verification';
import { inverse, matmul, matvec, T, targets, X } from '../../../src/verification/reference';

export default [
  ...(() => {
    // OLS on X with an intercept column: the normal equations solved by the adjugate inverse.
    const A = X.map((r) => [1, ...r]);
    const w = matvec(inverse(matmul(T(A), A)), matvec(T(A), targets));
    return [
      formula({ block: 1 }, [{ X: A, y: targets }], () => w, [['^{-1}', '']]),
      // At the solution the residual is orthogonal to the columns: XᵀX ŵ = Xᵀy.
      formula({ sides: [0, 1] }, [{ X: A, y: targets, hat_w: w }], () => matvec(T(A), targets), [['\\, \\hat{\\mathbf{w}}', '']]),
    ];
  })(),
] satisfies Check[];
