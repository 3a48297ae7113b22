import { formula, type Verification } from '../lib/verification';

export const verifications: Verification[] = [
  formula('receptive-field', { block: 1 }, [{ L: 3, k: [3, 3, 3], s: [1, 2, 2] }], () => 1 + 2 + 2 * 1 + 2 * 2),
  formula('convolution-output-size', { block: 1 }, [{ i: 32, p: 1, d: 1, k: 3, s: 2 }], () => 16),
];
