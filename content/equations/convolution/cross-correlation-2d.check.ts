import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';

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

export default [
  formula(
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
] satisfies Check[];
