import { type Check, formula } from '../../../src/lib/verification';
import { afterQquad, dot, mean, rewritten, sub, sum } from '../../../src/verification/reference';

export default [
  ...(() => {
    // Two classes in 2-D; Fisher's criterion is the squared distance of the projected means over the projected scatter.
    const classes = [
      [
        [1, 2],
        [2, 3],
        [3, 3],
      ],
      [
        [6, 5],
        [7, 8],
        [8, 6],
      ],
    ];
    const mu = classes.map((c) => [0, 1].map((j) => mean(c.map((x) => x[j] ?? NaN))));
    const [m1 = [], m2 = []] = mu;
    const d = sub(m2, m1);
    const S_B = d.map((a) => d.map((b) => a * b));
    const S_W = [0, 1].map((j) =>
      [0, 1].map((k) =>
        sum(classes.flatMap((c, ci) => c.map((x) => ((x[j] ?? NaN) - (mu[ci]?.[j] ?? NaN)) * ((x[k] ?? NaN) - (mu[ci]?.[k] ?? NaN))))),
      ),
    );
    const projected = (w: readonly number[]) => {
      const proj = classes.map((c) => c.map((x) => dot(w, x)));
      const pm = proj.map(mean);
      return ((pm[1] ?? NaN) - (pm[0] ?? NaN)) ** 2 / sum(proj.flatMap((p, ci) => p.map((t) => (t - (pm[ci] ?? NaN)) ** 2)));
    };
    return [
      formula(
        {},
        [
          [1, 0],
          [1, -1],
          [0.3, 2],
        ].map((w) => ({ w, S_B, S_W })),
        ({ w }) => projected(w),
        [['{\\mathbf{w}^\\top \\mathbf{S}_{\\mathrm{W}} \\mathbf{w}}', '{\\mathbf{w}^\\top \\mathbf{w}}']],
      ),
      formula({ block: 1 }, [{ mu }], () => S_B, [['\\right)^\\top, \\qquad', '\\right), \\qquad']]),
      rewritten(
        formula(
          { block: 1 },
          [
            {
              mu,
              x: classes.flat(),
              cal_C: [
                [1, 2, 3],
                [4, 5, 6],
              ],
            },
          ],
          () => S_W,
          [['\\sum_{k=1}^{2}', '\\sum_{k=1}^{1}']],
        ),
        afterQquad(1),
      ),
    ];
  })(),
] satisfies Check[];
