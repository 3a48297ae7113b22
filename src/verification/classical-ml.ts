import { formula, type Verification } from '../lib/verification';
import { sum, dot } from './reference';

export const verifications: Verification[] = [
  formula('gini-impurity', {}, [{ p: [0.2, 0.5, 0.3], K: 3 }], ({ p }) => 1 - sum(p.map((v) => v * v))),
  formula('information-gain', { block: 1 }, [{ p: [0.25, 0.75], K: 2 }], ({ p }) => -sum(p.map((v) => v * Math.log2(v)))),
  formula('linear-regression', {}, [{ w: [1, -2], x: [3, 4], b: 0.5, d: 2 }], ({ w, x, b }) => dot(w, x) + b),
  formula(
    'ridge-regression-closed-form',
    { block: 1 },
    [
      {
        X: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        y: [1, 2, 4],
        lambda: 0.5,
        I: [
          [1, 0],
          [0, 1],
        ],
      },
    ],
    () => {
      // (XᵀX + λI)⁻¹ Xᵀy with XᵀX + λI = [[2.5, 1], [1, 2.5]] and Xᵀy = [5, 6].
      const det = 2.5 * 2.5 - 1;
      return [(2.5 * 5 - 6) / det, (2.5 * 6 - 5) / det];
    },
  ),
  formula(
    'k-means',
    {},
    [
      {
        x: [
          [0, 0],
          [1, 1],
          [4, 4],
        ],
        mu: [
          [0, 1],
          [4, 3],
        ],
        r: [
          [1, 0],
          [1, 0],
          [0, 1],
        ],
        N: 3,
        K: 2,
      },
    ],
    () => 1 + 1 + 1,
  ),
  formula(
    'k-means',
    { block: 2 },
    [
      {
        x: [
          [0, 0],
          [1, 1],
          [4, 4],
        ],
        r: [
          [1, 0],
          [1, 0],
          [0, 1],
        ],
        N: 3,
        k: 1,
      },
    ],
    () => [0.5, 0.5],
  ),
  formula(
    'principal-component-analysis',
    {},
    [
      {
        x: [
          [1, 2],
          [3, 0],
        ],
        bar_x: [2, 1],
        N: 2,
      },
    ],
    () => [
      [1, -1],
      [-1, 1],
    ],
  ),
];
