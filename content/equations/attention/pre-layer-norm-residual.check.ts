import { type Check, formula } from '../../../src/lib/verification';
import { fn, layerNorm, sublayer } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [{ LayerNorm: fn(layerNorm), F_l: fn(sublayer), x_l: [1, -2, 3, 0.5] }],
    // Normalise the sub-layer's input only; the residual path stays an identity.
    ({ x_l }) => {
      const f = sublayer(layerNorm(x_l));
      return x_l.map((v, k) => v + (f[k] ?? NaN));
    },
    [
      [
        'F_l\\left(\\operatorname{LayerNorm}\\left(\\mathbf{x}_l\\right)\\right)',
        '\\operatorname{LayerNorm}\\left(F_l\\left(\\mathbf{x}_l\\right)\\right)',
      ],
    ],
  ),
] satisfies Check[];
