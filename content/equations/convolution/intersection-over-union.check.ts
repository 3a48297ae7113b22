import { chain, type Check } from '../../../src/lib/verification';
import { rewritten } from '../../../src/verification/reference';

export default [
  rewritten(
    chain(
      { block: 1 },
      [
        // Overlapping, disjoint (apart in x, overlapping in y), and one box inside the other.
        { x_1: 0, y_1: 0, x_2: 4, y_2: 3, x_prime_1: 2, y_prime_1: 1, x_prime_2: 6, y_prime_2: 5 },
        { x_1: 0, y_1: 0, x_2: 1, y_2: 3, x_prime_1: 2, y_prime_1: 1, x_prime_2: 4, y_prime_2: 5 },
        { x_1: -1, y_1: -2, x_2: 5, y_2: 4, x_prime_1: 0, y_prime_1: 0, x_prime_2: 2, y_prime_2: 1 },
      ],
      ([wRow = '', hRow = '', iouRow = ''], s, ev) => {
        const w_cap = ev(wRow, s);
        const h_cap = ev(hRow, s);
        return { IoU: ev(iouRow, { ...s, w_cap, h_cap }) };
      },
      // As torchvision.ops.box_iou: intersection from the clamped corner differences, union by inclusion–exclusion.
      (b) => {
        const lt = [Math.max(b.x_1, b.x_prime_1), Math.max(b.y_1, b.y_prime_1)];
        const rb = [Math.min(b.x_2, b.x_prime_2), Math.min(b.y_2, b.y_prime_2)];
        const inter = Math.max(0, (rb[0] ?? NaN) - (lt[0] ?? NaN)) * Math.max(0, (rb[1] ?? NaN) - (lt[1] ?? NaN));
        const area = (x1: number, y1: number, x2: number, y2: number) => (x2 - x1) * (y2 - y1);
        const union = area(b.x_1, b.y_1, b.x_2, b.y_2) + area(b.x_prime_1, b.y_prime_1, b.x_prime_2, b.y_prime_2) - inter;
        return { IoU: inter / union };
      },
      [
        ["\\max\\left( 0, \\min(x_2, x_2') - \\max(x_1, x_1') \\right)", "\\min(x_2, x_2') - \\max(x_1, x_1')"],
        ['- w_{\\cap} h_{\\cap}}', '}'],
      ],
    ),
    // w_∩ is named w_cap: the evaluator reads \cap as set notation.
    (latex) => latex.replaceAll('_{\\cap}', '_{\\text{cap}}'),
  ),
] satisfies Check[];
