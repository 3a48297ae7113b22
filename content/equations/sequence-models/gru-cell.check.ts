import { chain, type Check, formula } from '../../../src/lib/verification';
import { affine, dot, grid, hPrev, sequenceModelsVec, sigma, sigmoid, x_t } from '../../../src/verification/reference';

export default [
  chain(
    {},
    [
      {
        sigma,
        t: 2,
        x_t,
        h: [hPrev],
        W_r: grid(3, 2, 1),
        W_z: grid(3, 2, 2),
        W_h: grid(3, 2, 3),
        U_r: grid(3, 3, 4),
        U_z: grid(3, 3, 5),
        U_h: grid(3, 3, 6),
        b_r: sequenceModelsVec(3, 7),
        b_z: sequenceModelsVec(3, 8),
        b_h: sequenceModelsVec(3, 9),
      },
    ],
    ([rRow = '', zRow = '', candRow = '', hRow = ''], s, ev) => {
      const r_t = ev(rRow, s);
      const z_t = ev(zRow, s);
      const tilde_h_t = ev(candRow, { ...s, r_t });
      return { r_t, z_t, tilde_h_t, h_t: ev(hRow, { ...s, z_t, tilde_h_t }) };
    },
    // Cho et al. (2014), §2.3: the reset gate acts on h_{t−1} before U_h; z keeps the old state.
    ({ x_t, h, W_r, W_z, W_h, U_r, U_z, U_h, b_r, b_z, b_h }) => {
      const prev = h[0] ?? [];
      const r_t = affine(W_r, x_t, U_r, prev, b_r).map(sigmoid);
      const z_t = affine(W_z, x_t, U_z, prev, b_z).map(sigmoid);
      const tilde_h_t = affine(
        W_h,
        x_t,
        U_h,
        prev.map((v, k) => v * (r_t[k] ?? NaN)),
        b_h,
      ).map(Math.tanh);
      const h_t = prev.map((v, k) => (z_t[k] ?? NaN) * v + (1 - (z_t[k] ?? NaN)) * (tilde_h_t[k] ?? NaN));
      return { r_t, z_t, tilde_h_t, h_t };
    },
    [
      ['\\left(\\mathbf{1} - \\mathbf{z}_t\\right) \\odot \\tilde{\\mathbf{h}}_t', '\\mathbf{z}_t \\odot \\tilde{\\mathbf{h}}_t'],
      ['\\mathbf{U}_h \\left(\\mathbf{r}_t \\odot \\mathbf{h}_{t-1}\\right)', '\\mathbf{U}_h \\mathbf{h}_{t-1}'],
    ],
  ),
  formula(
    { block: 1, sides: [1] },
    [
      {
        t: 2,
        x_t,
        h: [hPrev],
        r_t: [0.9, 0.1, 0.5],
        W_h: grid(3, 2, 3),
        U_h: grid(3, 3, 6),
        b_h: sequenceModelsVec(3, 9),
        b_prime_h: sequenceModelsVec(3, 10),
      },
    ],
    // torch.nn.GRU's candidate: n_t = tanh(W_in x + b_in + r_t ⊙ (W_hn h + b_hn)).
    ({ x_t, h, r_t, W_h, U_h, b_h, b_prime_h }) =>
      W_h.map((row, k) =>
        Math.tanh(dot(row, x_t) + (b_h[k] ?? NaN) + (r_t[k] ?? NaN) * (dot(U_h[k] ?? [], h[0] ?? []) + (b_prime_h[k] ?? NaN))),
      ),
    [
      [
        "\\mathbf{r}_t \\odot \\left(\\mathbf{U}_h \\mathbf{h}_{t-1} + \\mathbf{b}'_h\\right)",
        "\\mathbf{r}_t \\odot \\mathbf{U}_h \\mathbf{h}_{t-1} + \\mathbf{b}'_h",
      ],
    ],
  ),
] satisfies Check[];
