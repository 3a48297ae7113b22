import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [
      { x: [1, 0, 1, 1], y: [1, 1, 0, 1], d: 4 },
      { x: [0, 0, 0], y: [0, 0, 0], d: 3 },
      { x: [2, 5, -1, 7, 7], y: [2, 4, 1, 7, 0], d: 5 },
    ],
    ({ x, y }) => x.filter((v, i) => v !== y[i]).length,
    [['x_j \\neq y_j', 'x_j = y_j']],
  ),
] satisfies Check[];
