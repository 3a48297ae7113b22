import { formula, type Verification } from '../lib/verification';

export const verifications: Verification[] = [
  formula('inverted-dropout', {}, [{ p: 0.5, m: [1, 0, 1], h: [2, 3, 4] }], () => [4, 0, 8]),
  formula('label-smoothing', {}, [{ epsilon: 0.1, y: [0, 1, 0], K: 3 }], () => [0.1 / 3, 0.9 + 0.1 / 3, 0.1 / 3]),
  formula('weight-decay', { block: 1 }, [{ eta: 0.1, lambda: 0.01, theta_t: [1, 2], u_t: [0.5, -0.5] }], () => [
    0.999 - 0.05,
    1.998 + 0.05,
  ]),
];
