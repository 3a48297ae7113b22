import { type Fn } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, identity, regularizationVec, softmax, sum } from '../../../src/verification/reference';

/** Mixup (Zhang et al. 2018): a convex combination of two examples and of their labels. */
const mixupSample = (() => {
  const x = [
    [1, 2],
    [0, -1],
    [4, 0.5],
  ];
  const y = identity(3);
  const [i, j, lambda] = [1, 3, 0.3];
  const mix = (a: readonly number[], b: readonly number[]) => a.map((v, k) => lambda * v + (1 - lambda) * at(b, k + 1));
  return { x, y, i, j, lambda, tilde_x: mix(x[i - 1] ?? [], x[j - 1] ?? []), tilde_y: mix(y[i - 1] ?? [], y[j - 1] ?? []) };
})();

/** A softmax classifier f and the cross-entropy ℓ(prediction, target) for the mixup loss. */
const f: Fn = (x) => {
  const [a = 0, b = 0] = regularizationVec(x);
  return softmax([a - b, 0.5 * a, b]);
};

const crossEntropy = (pred: readonly number[], target: readonly number[]): number =>
  -sum(target.map((t, k) => t * Math.log(at(pred, k + 1))));

export default [
  formula(
    { row: 0 },
    [mixupSample],
    ({ x, i, j, lambda }) => (x[i - 1] ?? []).map((v, k) => lambda * v + (1 - lambda) * at(x[j - 1] ?? [], k + 1)),
    [['(1 - \\lambda) \\mathbf{x}_j', '\\lambda \\mathbf{x}_j']],
  ),
  // One-hot labels of classes 1 and 3 mixed with λ = 0.3: (0.3, 0, 0.7).
  formula({ row: 1 }, [mixupSample], ({ i, j, lambda }) => [1, 2, 3].map((k) => (k === i ? lambda : 0) + (k === j ? 1 - lambda : 0)), [
    ['(1 - \\lambda) \\mathbf{y}_j', '\\mathbf{y}_j'],
  ]),
  formula(
    { block: 1, sides: [0, 1] },
    [{ ...mixupSample, f, ell: (pred, target) => crossEntropy(regularizationVec(pred), regularizationVec(target)) }],
    // Cross-entropy is linear in its target, so the loss on the mixed label is the mixed loss.
    ({ tilde_x, tilde_y }) => crossEntropy(regularizationVec(f(tilde_x)), tilde_y),
    [['(1 - \\lambda) \\, \\ell', '\\lambda \\, \\ell']],
  ),
] satisfies Check[];
