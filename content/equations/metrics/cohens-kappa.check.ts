import { type Check, formula } from '../../../src/lib/verification';
import { sum } from '../../../src/verification/reference';

export default [
  ...[
    [
      [20, 5],
      [3, 12],
    ],
    [
      [5, 1, 0],
      [2, 4, 1],
      [0, 3, 9],
    ],
  ]
    .map((n) => {
      const N = sum(n.map((r) => sum(r)));
      const K = n.length;
      const pO = sum(n.map((r, k) => r[k] ?? 0)) / N;
      const pE = sum(n.map((r, k) => sum(r) * sum(n.map((q) => q[k] ?? 0)))) / (N * N);
      // scikit-learn's cohen_kappa_score: 1 − Σ w·n / Σ w·expected with 0/1 weights off the diagonal.
      const offDiag = (m: number[][]) => sum(m.flatMap((r, i) => r.filter((_, j) => j !== i)));
      const expected = n.map((r) => n.map((_, j) => (sum(r) * sum(n.map((q) => q[j] ?? 0))) / N));
      const kappa = 1 - offDiag(n) / offDiag(expected);
      return [
        formula({}, [{ p_o: pO, p_e: pE }], () => kappa, [['{1 - p_e}', '{p_e}']]),
        formula({ block: 1, row: 0 }, [{ n, N, K }], () => pO, [['n_{kk}', 'n_{k1}']]),
      ];
    })
    .flat(),
] satisfies Check[];
