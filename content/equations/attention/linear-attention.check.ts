import { type Check, formula } from '../../../src/lib/verification';
import { dot, elementwise } from '../../../src/verification/reference';

export default [
  formula(
    { sides: [1, 2] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        q: [
          [1, -1],
          [0.5, 2],
        ],
        k: [
          [1, -1],
          [0, 2],
          [-0.5, 0.5],
        ],
        v: [
          [1, 2],
          [3, 4],
          [-1, 0],
        ],
        N: 3,
        i: 2,
      },
    ],
    // Attention with the kernel similarity φ(q)·φ(k) in place of exp(q·k): a weighted mean of the values.
    ({ q, k, v, i }) => {
      const phi = (x: number[]) => x.map((y) => (y > 0 ? y + 1 : Math.exp(y)));
      const w = k.map((kj) => dot(phi(q[i - 1] ?? []), phi(kj)));
      const total = w.reduce((a, b) => a + b, 0);
      return (v[0] ?? []).map((_, c) => v.reduce((s, vj, j) => s + (w[j] ?? NaN) * (vj[c] ?? NaN), 0) / total);
    },
    [['{\\sum_{j=1}^{N} \\phi(\\mathbf{q}_i)^\\top \\phi(\\mathbf{k}_j)}', '{\\sum_{j=1}^{N} \\phi(\\mathbf{k}_j)}']],
  ),
  formula(
    { block: 1, sides: [1] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        k: [
          [1, -1],
          [0, 2],
        ],
        v: [
          [1, 2],
          [3, 4],
        ],
        i: 2,
      },
    ],
    () => [
      [2 * 1 + 1 * 3, 2 * 2 + 1 * 4],
      [Math.exp(-1) * 1 + 3 * 3, Math.exp(-1) * 2 + 3 * 4],
    ],
    [['\\sum_{j=1}^{i} \\phi(\\mathbf{k}_j) \\mathbf{v}_j^\\top', '\\sum_{j=1}^{i-1} \\phi(\\mathbf{k}_j) \\mathbf{v}_j^\\top']],
  ),
] satisfies Check[];
