import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { mean, sqDist, targets, vec, X } from '../../../src/verification/reference';

export default [
  formula(
    { block: 1 },
    [1, 3].map((k) => ({
      k,
      x: [0.5, 0.8],
      y: targets,
      // The indices of the k training points of X closest to the query.
      cal_N_k: (q: Value) =>
        X.map((xi, i) => ({ i: i + 1, d: sqDist(xi, vec(q)) }))
          .sort((a, b) => a.d - b.d)
          .slice(0, k)
          .map((n) => n.i),
    })),
    // The query's neighbours by brute force: the mean target of every point within the k-th smallest distance.
    ({ k, x }) => {
      const ds = X.map((xi) => sqDist(xi, x));
      const cutoff = [...ds].sort((a, b) => a - b)[k - 1] ?? NaN;
      return mean(targets.filter((_, i) => (ds[i] ?? NaN) <= cutoff));
    },
    [['\\frac{1}{k}', '']],
  ),
] satisfies Check[];
