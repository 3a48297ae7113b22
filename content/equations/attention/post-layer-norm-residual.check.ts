import { type Check, formula } from '../../../src/lib/verification';
import { fn, layerNorm, sublayer } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [{ LayerNorm: fn(layerNorm), F_l: fn(sublayer), x_l: [1, -2, 3, 0.5] }],
    // Residual connection first, then normalisation (the original Transformer).
    ({ x_l }) => layerNorm(x_l.map((v, k) => v + (sublayer(x_l)[k] ?? NaN))),
    [
      [
        '\\operatorname{LayerNorm}\\left(\\mathbf{x}_l + F_l\\left(\\mathbf{x}_l\\right)\\right)',
        '\\mathbf{x}_l + F_l\\left(\\mathbf{x}_l\\right)',
      ],
    ],
  ),
] satisfies Check[];
