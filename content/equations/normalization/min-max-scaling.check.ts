import { type Check, formula } from '../../../src/lib/verification';
import { at, columns } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { i: 1, j: 1 },
      { i: 3, j: 2 },
      { i: 2, j: 2 },
    ].map(({ i, j }) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 20],
      ],
      i,
      j,
    })),
    // sklearn.preprocessing.MinMaxScaler: each column mapped linearly onto [0, 1].
    ({ x, i, j }) => {
      const col = columns(x)[j - 1] ?? [];
      return (at(col, i) - Math.min(...col)) / (Math.max(...col) - Math.min(...col));
    },
    [['- \\min_{k} x_{kj}}{', '}{']],
  ),
  formula(
    { block: 1 },
    [
      { i: 1, j: 1 },
      { i: 2, j: 2 },
    ].map(({ i, j }) => ({
      x: [
        [1, -5],
        [4, 10],
        [2.5, 20],
      ],
      i,
      j,
      a: -1,
      b: 1,
    })),
    // MinMaxScaler(feature_range=(a, b)).
    ({ x, i, j, a, b }) => {
      const col = columns(x)[j - 1] ?? [];
      return a + ((b - a) * (at(col, i) - Math.min(...col))) / (Math.max(...col) - Math.min(...col));
    },
    [['(b - a)', '(b + a)']],
  ),
] satisfies Check[];
