import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    {},
    [0, 3, 5, 10].map((T_cur) => ({ 'eta_min^i': 0.001, 'eta_max^i': 0.1, T_cur, T_i: 10 })),
    // SGDR (Loshchilov & Hutter 2017, eq. 5): from η_max at T_cur = 0 down to η_min at T_cur = T_i.
    (s) => s['eta_min^i'] + 0.5 * (s['eta_max^i'] - s['eta_min^i']) * (1 + Math.cos((s.T_cur / s.T_i) * Math.PI)),
    [
      ['1 + \\cos', '1 - \\cos'],
      ['\\frac{1}{2} \\left(', '\\left('],
    ],
  ),
] satisfies Check[];
