import { type Check, formula } from '../../../src/lib/verification';
import { mean, sqDist, sum } from '../../../src/verification/reference';

/** k-means data: four points, two centroids, hard assignments. */
const kmeans = {
  x: [
    [0, 0],
    [1, 1],
    [4, 4],
    [5, 3],
  ],
  mu: [
    [0, 0.5],
    [4, 3.5],
  ],
  r: [
    [1, 0],
    [1, 0],
    [0, 1],
    [0, 1],
  ],
};

export default [
  formula(
    {},
    [{ ...kmeans, N: 4, K: 2 }],
    // The within-cluster sum of squared distances of each point to its own centroid.
    ({ x, mu, r }) => sum(x.map((xi, i) => sqDist(xi, mu[(r[i] ?? []).indexOf(1)] ?? []))),
    [['\\rVert_2^2', '\\rVert_2']],
  ),
  formula(
    { block: 2 },
    [1, 2].map((k) => ({ x: kmeans.x, r: kmeans.r, N: 4, k })),
    // The mean of the points assigned to cluster k.
    ({ x, r, k }) => {
      const members = x.filter((_, i) => r[i]?.[k - 1] === 1);
      return [0, 1].map((j) => mean(members.map((m) => m[j] ?? NaN)));
    },
    [['{\\sum_{i=1}^{N} r_{ik}}', '{N}']],
  ),
] satisfies Check[];
