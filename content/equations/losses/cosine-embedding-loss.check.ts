import { type Check, formula } from '../../../src/lib/verification';
import { dot, lossesVec, norm, rewritten } from '../../../src/verification/reference';

/** Cosine similarity of two vectors. */
const cosine = (a: readonly number[], b: readonly number[]): number => dot(a, b) / (norm(a) * norm(b));

export default [
  // \cos(x₁, x₂) of two vectors is their cosine similarity (the evaluator's \cos takes one angle), bound as cossim.
  rewritten(
    formula(
      {},
      [
        { x_1: [1, 2, 2], x_2: [2, 0, 1], y: 1, m: 0.1 },
        { x_1: [1, 2, 2], x_2: [2, 0, 1], y: -1, m: 0.1 },
        { x_1: [-3, 4], x_2: [3, -4], y: -1, m: 0 },
      ].map((s) => ({ ...s, cossim: (a: unknown, b: unknown) => cosine(lossesVec(a), lossesVec(b)) })),
      // torch.nn.CosineEmbeddingLoss: 1 − cos for similar pairs (y = 1), max(0, cos − margin) for dissimilar ones.
      ({ x_1, x_2, y, m }) => (y === 1 ? 1 - cosine(x_1, x_2) : Math.max(0, cosine(x_1, x_2) - m)),
      [
        ['1 - \\cos', '\\cos'],
        ['- m \\right)', '+ m \\right)'],
      ],
    ),
    (latex) => latex.split('\\cos(').join('\\operatorname{cossim}('),
  ),
  formula(
    { block: 1 },
    [
      { x_1: [1, 2, 2], x_2: [2, 0, 1] },
      { x_1: [-3, 4], x_2: [3, 4] },
    ],
    // torch.nn.functional.cosine_similarity: x₁·x₂ / (‖x₁‖ ‖x₂‖); (−3, 4)·(3, 4) = 7 over 5·5.
    ({ x_1, x_2 }) => cosine(x_1, x_2),
    [['\\lVert \\mathbf{x}_1 \\rVert_2 \\, \\lVert \\mathbf{x}_2 \\rVert_2', '\\lVert \\mathbf{x}_1 \\rVert_2']],
  ),
] satisfies Check[];
