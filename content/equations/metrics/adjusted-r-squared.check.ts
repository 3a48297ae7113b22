import { type Check, formula } from '../../../src/lib/verification';
import { regression, ss } from '../../../src/verification/reference';

export default [
  formula(
    {},
    // R is the square root of R² of the fit (the fits with R² ≥ 0).
    regression.filter((s) => ss(s).res <= ss(s).tot).map((s) => ({ ...s, R: Math.sqrt(1 - ss(s).res / ss(s).tot), N: s.y.length })),
    // Wherry (1931): 1 − (SS_res / df_res) / (SS_tot / df_tot), df_res = N − p − 1, df_tot = N − 1.
    (s) => 1 - ss(s).res / (s.N - s.p - 1) / (ss(s).tot / (s.N - 1)),
    [['{N - p - 1}', '{N - p}']],
  ),
  formula(
    { block: 1 },
    regression.map((s) => ({ SS_res: ss(s).res, SS_tot: ss(s).tot, N: s.y.length, p: s.p })),
    // Via R²: 1 − (1 − R²)(N − 1)/(N − p − 1).
    ({ SS_res, SS_tot, N, p }) => 1 - ((SS_res / SS_tot) * (N - 1)) / (N - p - 1),
    [['(N - p - 1)', '(N - p)']],
  ),
] satisfies Check[];
