import { chain, type Check, formula } from '../../../src/lib/verification';
import { dot, elementwise, gradient, rewritten } from '../../../src/verification/reference';

/** A two-layer tanh network with loss ½‖a⁽²⁾ − y‖², for backpropagation. */
const network = {
  W: [
    [
      [0.5, -0.3],
      [0.8, 0.2],
    ],
    [
      [1, -0.7],
      [0.4, 0.9],
    ],
  ],
  b: [
    [0.1, -0.1],
    [0, 0.2],
  ],
  x: [0.5, -1],
  y: [0.3, -0.5],
};

const matvec = (m: readonly (readonly number[])[], v: readonly number[]): number[] => m.map((r) => dot(r, v));

/** The forward pass from layer l's pre-activation z (layers 1-based), returning the loss. */
const lossFrom = (l: number, z: readonly number[], W = network.W): number => {
  let a = z.map(Math.tanh);
  for (let k = l; k < W.length; k++) a = matvec(W[k] ?? [], a).map((v, j) => Math.tanh(v + (network.b[k]?.[j] ?? NaN)));
  return 0.5 * a.reduce((acc, v, j) => acc + (v - (network.y[j] ?? NaN)) ** 2, 0);
};

const forward = (W: number[][][], b: number[][]) => {
  const z: number[][] = [];
  const a: number[][] = [network.x];
  W.forEach((m, k) => {
    z.push(matvec(m, a[k] ?? []).map((v, j) => v + (b[k]?.[j] ?? NaN)));
    a.push((z[k] ?? []).map(Math.tanh));
  });
  return { z, a, loss: lossFrom(W.length, z[W.length - 1] ?? []) };
};

/** δ⁽ˡ⁾ = ∂L/∂z⁽ˡ⁾, numerically. */
const layerDelta = (l: number): number[] => gradient((z) => lossFrom(l, z), forward(network.W, network.b).z[l - 1] ?? []);

/** ∂L/∂W⁽ˡ⁾ and ∂L/∂b⁽ˡ⁾, numerically, perturbing the parameters and running the whole forward pass. */
const parameterGradients = (l: number) => {
  const Wl = network.W[l - 1] ?? [];
  const cols = Wl[0]?.length ?? 0;
  const withW = (flat: number[]) =>
    network.W.map((m, k) => (k === l - 1 ? m.map((r, i) => r.map((_, j) => flat[i * cols + j] ?? NaN)) : m));
  const flatGrad = gradient((flat) => forward(withW(flat), network.b).loss, Wl.flat());
  return {
    dW: Wl.map((r, i) => r.map((_, j) => flatGrad[i * cols + j] ?? NaN)),
    db: gradient(
      (bl) =>
        forward(
          network.W,
          network.b.map((v, k) => (k === l - 1 ? bl : v)),
        ).loss,
      network.b[l - 1] ?? [],
    ),
  };
};

const layerNames = (latex: string): string =>
  latex.replace(/\^\{\((l\+1|l-1|l|L)\)(\\top)?\}/g, (_, k: string, top: string | undefined) => {
    const name = ({ 'l+1': 'next', 'l-1': 'prev', l: 'cur', L: 'out' } as Record<string, string>)[k] ?? k;
    return `_{\\text{${name}}}${top ? '^{\\top}' : ''}`;
  });

export default [
  // The layer superscripts ^{(l)}, ^{(l+1)}, ^{(l-1)}, ^{(L)} are renamed to subscripts cur, next,
  // prev, out (the evaluator reads ^{(m)} as nothing it can bind); δ is checked against ∂L/∂z.
  rewritten(
    formula(
      { tolerance: 1e-7 },
      [
        {
          W_next: network.W[1] ?? [],
          delta_next: layerDelta(2),
          z_cur: forward(network.W, network.b).z[0] ?? [],
          f_prime: elementwise((v) => 1 - Math.tanh(v) ** 2),
        },
      ],
      () => layerDelta(1),
      [['\\mathbf{W}^{(l+1)\\top}', '\\mathbf{W}^{(l+1)}']],
    ),
    layerNames,
  ),
  rewritten(
    chain(
      { block: 1, tolerance: 1e-7 },
      [1, 2].map((l) => ({
        l,
        delta_cur: layerDelta(l),
        a_prev: forward(network.W, network.b).a[l - 1] ?? [],
        a_cur: forward(network.W, network.b).a[l] ?? [],
      })),
      // Row 0 needs ∇ with respect to a^{(L)}, which has no name; rows 1 and 2 are the parameter gradients.
      ([, wRow = '', bRow = ''], s, ev) => ({ dW: ev(wRow, s), db: ev(bRow, s) }),
      ({ l }) => parameterGradients(l),
      [['\\mathbf{a}^{(l-1)\\top}', '\\mathbf{a}^{(l)\\top}']],
    ),
    layerNames,
  ),
] satisfies Check[];
