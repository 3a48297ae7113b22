import { type Value } from '../../../src/lib/latex-eval';
import { chain, type Check } from '../../../src/lib/verification';
import { rewritten } from '../../../src/verification/reference';

export default [
  rewritten(
    chain(
      { block: 1 },
      [
        {
          len: (v: Value) => (v as number[]).length,
          alpha: 0.6,
          beta: 0.2,
          X: [11, 12, 13],
          Y: [21, 22],
          // Attention of target word j on source word i: word 1 over-covered (sum > 1, capped), word 3 barely.
          p: [
            [0.7, 0.6],
            [0.2, 0.3],
            [0.1, 0.1],
          ],
        },
      ],
      ([lpRow = '', cpRow = ''], s, ev) => ({ lp: ev(lpRow, s), cp: ev(cpRow, s) }),
      // Wu et al. (2016), eq. 14: length penalty ((5 + |Y|)/6)^α and a coverage penalty capped at full coverage.
      ({ alpha, beta, Y, p }) => ({
        lp: ((5 + Y.length) / 6) ** alpha,
        cp:
          beta *
          p.reduce(
            (t, row) =>
              t +
              Math.log(
                Math.min(
                  1,
                  row.reduce((a, b) => a + b, 0),
                ),
              ),
            0,
          ),
      }),
      [
        ['\\left(5 + 1\\right)^{\\alpha}', '5^{\\alpha}'],
        ['\\log\\left(\\min', '\\left(\\min'],
      ],
    ),
    // |X| and |Y| are the lengths of the sequences, bound as the function len.
    (latex) => latex.replaceAll('\\lvert X \\rvert', '\\operatorname{len}(X)').replaceAll('\\lvert Y \\rvert', '\\operatorname{len}(Y)'),
  ),
] satisfies Check[];
