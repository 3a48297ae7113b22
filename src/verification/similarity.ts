import { formula, type Verification } from '../lib/verification';
import { sum, dot, norm, at } from './reference';

export const verifications: Verification[] = [
  formula('cosine-similarity', {}, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => dot(x, y) / (norm(x) * norm(y)), [
    ['\\lVert \\mathbf{x} \\rVert_2 \\,', ''],
  ]),
  formula('cosine-similarity', { block: 1 }, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => dot(x, y) / (norm(x) * norm(y)), [
    ['x_j^{2}', 'x_j'],
  ]),
  formula('euclidean-distance', {}, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => norm(x.map((v, i) => v - at(y, i + 1)))),
  formula(
    'euclidean-distance',
    { block: 1, sides: [0, 1] },
    [{ x: [1, 2, 3], y: [-1, 0.5, 2] }],
    ({ x, y }) => norm(x.map((v, i) => v - at(y, i + 1))) ** 2,
  ),
  formula('minkowski-distance', {}, [{ x: [1, 2], y: [-1, 0.5], d: 2, p: 3 }], ({ x, y, p }) =>
    Math.cbrt(sum(x.map((v, i) => Math.abs(v - at(y, i + 1)) ** p))),
  ),
  formula(
    'mahalanobis-distance',
    { block: 1 },
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
      },
    ],
    () => {
      const [d0, d1] = [1, 1]; // x - mu
      const inv = [
        [1 / 1.75, -0.5 / 1.75],
        [-0.5 / 1.75, 2 / 1.75],
      ];
      return Math.sqrt(
        d0 * (d0 * (inv[0]?.[0] ?? NaN) + d1 * (inv[0]?.[1] ?? NaN)) + d1 * (d0 * (inv[1]?.[0] ?? NaN) + d1 * (inv[1]?.[1] ?? NaN)),
      );
    },
  ),
  formula('hamming-distance', {}, [{ x: [1, 0, 1, 1], y: [1, 1, 0, 1], d: 4 }], () => 2),
];
