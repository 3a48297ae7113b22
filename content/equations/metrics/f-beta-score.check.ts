import { type Check, formula } from '../../../src/lib/verification';
import { withPR } from '../../../src/verification/reference';

export default [
  formula(
    {},
    withPR.map((c) => ({ ...c, beta: 2 })),
    // F_β = 1 / (w/R + (1 − w)/P) with w = β²/(1 + β²): the weighted harmonic mean (van Rijsbergen 1979).
    (c) => 1 / ((4 / 5) * (1 / c.Recall) + (1 / 5) * (1 / c.Precision)),
    [['(1 + \\beta^{2}) \\cdot', '']],
  ),
  formula(
    { block: 1 },
    withPR.map((c) => ({ ...c, beta: 0.5 })),
    (c) => 1 / ((0.2 / c.Recall) * 1 + 0.8 / c.Precision),
    [['\\beta^{2}\\,\\mathrm{FN}', '\\mathrm{FN}']],
  ),
] satisfies Check[];
