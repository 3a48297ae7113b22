import { type Check, formula } from '../../../src/lib/verification';
import { at, derivative, identity, softmax } from '../../../src/verification/reference';

/** The softmax Jacobian ∂s_i/∂z_j by central differences: independent of any closed form. */
const softmaxJacobian = (z: readonly number[]): number[][] =>
  z.map((_, i) => z.map((_, j) => derivative((t) => at(softmax(z.map((v, k) => (k === j ? t : v))), i + 1), at(z, j + 1))));

const jacobianSamples = [
  { z: [1, 2, 0.5], i: 1, j: 1 },
  { z: [1, 2, 0.5], i: 1, j: 3 },
  { z: [-3, 0, 4, 1], i: 4, j: 2 },
].map(({ z, i, j }) => ({ z, s: softmax(z), delta: identity(z.length), i, j, K: z.length }));

export default [
  formula({ tolerance: 1e-8 }, jacobianSamples, ({ z, i, j }) => at(softmaxJacobian(z)[i - 1] ?? [], j), [
    ['\\delta_{ij} - s_j', '\\delta_{ij} + s_j'],
  ]),
  formula({ block: 1, tolerance: 1e-8 }, jacobianSamples, ({ z, i, j }) => at(softmaxJacobian(z)[i - 1] ?? [], j), [
    ['-s_i s_j', 's_i s_j'],
  ]),
  formula(
    { block: 2, tolerance: 1e-8 },
    jacobianSamples.map(({ z, s }) => ({
      z,
      s,
      diag: (v) => (Array.isArray(v) ? identity(v.length).map((r, k) => r.map((x) => x * Number(v[k]))) : v),
    })),
    ({ z }) => softmaxJacobian(z),
    [['- \\mathbf{s} \\mathbf{s}^{\\top}', '+ \\mathbf{s} \\mathbf{s}^{\\top}']],
  ),
] satisfies Check[];
