import { chain, formula, type Verification } from '../lib/verification';
import type { Value } from '../lib/latex-eval';
import { rewritten } from './reference';

/** Receptive field of a stack of layers, walking back from one output unit: each layer maps a window of r units to s·(r − 1) + k inputs. */
const receptiveField = (k: readonly number[], s: readonly number[]): number => k.reduceRight((r, kl, l) => (s[l] ?? NaN) * (r - 1) + kl, 1);
/** torch.nn.Conv2d's documented output size. */
const convOut = ({ i, p, d = 1, k, s }: { i: number; p: number; d?: number; k: number; s: number }): number =>
  Math.floor((i + 2 * p - d * (k - 1) - 1) / s + 1);
/** A sample image and a non-symmetric kernel, read 0-based as I(i, j), K(m, n) (NaN outside). */
const image = [
  [1, 2, 0, -1],
  [3, -2, 1, 0],
  [0, 1, 4, 2],
  [-1, 0, 2, 1],
];
const kernel = [
  [1, 0, -1],
  [2, 0.5, 0],
];
const read =
  (a: number[][]) =>
  (m: Value, n: Value): number =>
    a[m as number]?.[n as number] ?? NaN;

export const verifications: Verification[] = [
  formula(
    'receptive-field',
    { sides: [1] },
    [
      { l: 3, r: [receptiveField([3], [1]), receptiveField([3, 3], [1, 2])], k: [3, 3, 3], s: [1, 2, 2] },
      { l: 2, r: [receptiveField([7], [2])], k: [7, 3], s: [2, 1] },
    ],
    ({ l, k, s }) => receptiveField(k.slice(0, l), s.slice(0, l)),
    [['(k_l - 1)', 'k_l']],
  ),
  formula(
    'receptive-field',
    { block: 1 },
    [
      { L: 3, k: [3, 3, 3], s: [1, 2, 2] },
      { L: 4, k: [7, 3, 3, 1], s: [2, 2, 1, 1] },
    ],
    ({ k, s }) => receptiveField(k, s),
    [['\\prod_{i=1}^{l-1} s_i', '\\prod_{i=1}^{l} s_i']],
  ),
  formula(
    'convolution-output-size',
    {},
    [
      { i: 32, p: 1, k: 3, s: 2 },
      { i: 7, p: 0, k: 3, s: 2 },
      { i: 5, p: 2, k: 5, s: 1 },
    ],
    convOut,
    [
      ['2p', 'p'],
      ['\\right\\rfloor + 1', '\\right\\rfloor'],
    ],
  ),
  formula(
    'convolution-output-size',
    { block: 1 },
    [
      { i: 32, p: 1, d: 1, k: 3, s: 2 },
      { i: 10, p: 2, d: 2, k: 3, s: 1 },
      { i: 28, p: 0, d: 3, k: 5, s: 3 },
    ],
    convOut,
    [['d(k - 1) - 1}{s}', 'd(k - 1)}{s}']],
  ),
  formula(
    'transposed-convolution-output-size',
    {},
    [
      { i: 16, s: 2, p: 1, d: 1, k: 3, a: 1 },
      { i: 5, s: 3, p: 0, d: 2, k: 4, a: 0 },
    ],
    // Scatter every input unit u through every kernel tap κ to output u·s + κ·d, then crop p from each side and add a.
    ({ i, s, p, d, k, a }) => {
      let last = 0;
      for (let u = 0; u < i; u++) for (let kappa = 0; kappa < k; kappa++) last = Math.max(last, u * s + kappa * d);
      return last + 1 - 2 * p + a;
    },
    [
      ['- 2p', '- p'],
      ['d(k - 1)', 'dk'],
    ],
  ),
  formula(
    'cross-correlation-2d',
    { sides: [2] },
    [
      { I: read(image), K: read(kernel), i: 1, j: 0, k_h: 2, k_w: 3 },
      { I: read(image), K: read(kernel), i: 2, j: 1, k_h: 2, k_w: 3 },
    ],
    // torch.nn.functional.conv2d (no flip): slide the kernel over the image and take the dot product with the patch.
    ({ i, j }) => {
      const patch = image.slice(i, i + kernel.length).map((row) => row.slice(j, j + (kernel[0]?.length ?? 0)));
      return patch.flat().reduce((t, v, n) => t + v * (kernel.flat()[n] ?? NaN), 0);
    },
    [
      ['K(m, n)', 'K(n, m)'],
      ['I(i + m, j + n)', 'I(i - m, j - n)'],
    ],
  ),
  formula(
    'depthwise-separable-parameters',
    { sides: [1] },
    [
      { D_K: 3, M: 32, N: 64 },
      { D_K: 5, M: 3, N: 1 },
    ],
    // One D_K × D_K × M filter per output channel.
    ({ D_K, M, N }) => N * (D_K * D_K * M),
    [['D_K^{2} \\, M N', 'D_K \\, M N']],
  ),
  formula(
    'depthwise-separable-parameters',
    { block: 1, sides: [0, 1] },
    [
      { D_K: 3, M: 32, N: 64, D_F: 14 },
      { D_K: 5, M: 3, N: 10, D_F: 7 },
    ],
    // Multiply-adds (Howard et al. 2017): depthwise, one D_K × D_K filter per input channel at each of D_F² positions,
    // plus pointwise, M·N per position; over the standard convolution's D_K²·M·N per position.
    ({ D_K, M, N, D_F }) => (M * D_K * D_K * D_F * D_F + D_F * D_F * M * N) / (D_F * D_F * N * M * D_K * D_K),
    [
      ['\\frac{1}{D_K^{2}}', '\\frac{1}{D_K}'],
      ['+ M N D_F^{2}', '+ M D_F^{2}'],
    ],
  ),
  rewritten(
    chain(
      'intersection-over-union',
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
];
