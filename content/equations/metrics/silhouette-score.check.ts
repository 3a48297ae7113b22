import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { mean, sum } from '../../../src/verification/reference';

/** Five 2-D points in three clusters, one of them a singleton (whose silhouette is 0 by definition). */
const points = [
  [0, 0],
  [1, 0],
  [0, 2],
  [5, 5],
  [6, 4],
];

const clusterOf = [1, 1, 1, 2, 3];

const clusters = [1, 2, 3].map((c) => clusterOf.flatMap((k, j) => (k === c ? [j + 1] : [])));

const euclid = (i: number, j: number): number => Math.hypot(...(points[i - 1] ?? []).map((v, d) => v - (points[j - 1]?.[d] ?? NaN)));

/** scikit-learn's silhouette_samples, written out: mean intra-cluster distance a, nearest other cluster's mean b. */
const silhouette = (i: number): { a: number; b: number; s: number } => {
  const own = clusterOf[i - 1] ?? NaN;
  const mates = clusterOf.flatMap((k, j) => (k === own && j + 1 !== i ? [j + 1] : []));
  const a = mates.length ? sum(mates.map((j) => euclid(i, j))) / mates.length : 0;
  const b = Math.min(
    ...[1, 2, 3].filter((c) => c !== own).map((c) => mean(clusterOf.flatMap((k, j) => (k === c ? [euclid(i, j + 1)] : [])))),
  );
  return { a, b, s: mates.length ? (b - a) / Math.max(a, b) : 0 };
};

export default [
  formula(
    {},
    [1, 3, 4, 5].map((i) => ({
      i,
      C: clusters,
      k: (j: Value) => clusterOf[Number(j) - 1] ?? NaN,
      a: (j: Value) => silhouette(Number(j)).a,
      b: (j: Value) => silhouette(Number(j)).b,
    })),
    // Rousseeuw (1987) as scikit-learn's silhouette_samples computes it: (b − a) / max(a, b), 0 for a singleton.
    ({ i }) => silhouette(i).s,
    [
      ['{\\max\\left\\{ a(i), b(i) \\right\\}}', '{a(i)}'],
      ['0 & \\text{if }', '1 & \\text{if }'],
    ],
  ),
  formula(
    { block: 2 },
    [{ N: 5, s: (i: Value) => silhouette(Number(i)).s }],
    // The mean silhouette over all samples (scikit-learn's silhouette_score).
    () => mean([1, 2, 3, 4, 5].map((i) => silhouette(i).s)),
    [['\\frac{1}{N}', '\\frac{1}{N - 1}']],
  ),
] satisfies Check[];
