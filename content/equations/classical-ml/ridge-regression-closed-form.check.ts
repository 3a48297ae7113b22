import { type Check, formula } from '../../../src/lib/verification';
import { inverse, matmul, matvec, T, targets, X } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [0, 0.5, 10].map((lambda) => ({
      X,
      y: targets,
      lambda,
      I: [
        [1, 0],
        [0, 1],
      ],
    })),
    // Ridge as least squares on X stacked over √λ I, with zeros appended to y (Hoerl & Kennard 1970).
    ({ lambda }) => {
      const A = [...X, [Math.sqrt(lambda), 0], [0, Math.sqrt(lambda)]];
      const y = [...targets, 0, 0];
      return matvec(inverse(matmul(T(A), A)), matvec(T(A), y));
    },
    [['+ \\lambda \\mathbf{I}', '']],
  ),
] satisfies Check[];
