import { type Check, formula } from '../../../src/lib/verification';
import { huber, rewritten } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      { y: 1, hat_y: 1.2, beta: 1 },
      { y: 0, hat_y: 0.2, beta: 0.5 },
      { y: -2, hat_y: 1, beta: 0.5 },
    ],
    // torch.nn.SmoothL1Loss: 0.5 r² / β if |r| < β, else |r| − 0.5 β; it is Huber with δ = β, divided by β.
    ({ y, hat_y, beta }) => huber(y - hat_y, beta) / beta,
    [
      ['\\frac{1}{2\\beta}', '\\frac{1}{2}'],
      ['- \\frac{1}{2}\\beta', '+ \\frac{1}{2}\\beta'],
    ],
  ),
  // The subscript β = δ says which β; the rewrite drops it and the bound SmoothL1 uses β = δ.
  rewritten(
    formula(
      { block: 1 },
      [
        { y: 1, hat_y: 1.5, delta: 2 },
        { y: 0, hat_y: 3, delta: 0.5 },
      ].map((s) => ({
        ...s,
        SmoothL1: (a: unknown, b: unknown) => {
          const r = Math.abs(Number(a) - Number(b));
          return r < s.delta ? (0.5 * r * r) / s.delta : r - 0.5 * s.delta;
        },
      })),
      // torch.nn.HuberLoss(delta) equals delta · torch.nn.SmoothL1Loss(beta=delta).
      ({ y, hat_y, delta }) => huber(y - hat_y, delta),
      [['= \\delta \\operatorname{SmoothL1}', '= \\operatorname{SmoothL1}']],
    ),
    (latex) => latex.replace('_{\\beta = \\delta}', ''),
  ),
] satisfies Check[];
