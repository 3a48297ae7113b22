import { chain, type Check } from '../../../src/lib/verification';

export default [
  chain(
    {},
    [
      { pos: 3, i: 1, d_model: 8 },
      { pos: 0, i: 0, d_model: 8 },
      { pos: 50, i: 3, d_model: 8 },
    ],
    ([even = '', odd = ''], s, ev) => ({ even: ev(even, s), odd: ev(odd, s) }),
    // As in the PyTorch tutorial: frequencies exp(−log(10000)·2i/d_model), sine on even, cosine on odd dimensions.
    ({ pos, i, d_model }) => {
      const frequency = Math.exp((2 * i * -Math.log(10000)) / d_model);
      return { even: Math.sin(pos * frequency), odd: Math.cos(pos * frequency) };
    },
    [
      ['\\sin', '\\cos'],
      ['{2i / d_{\\text{model}}}', '{i / d_{\\text{model}}}'],
    ],
  ),
] satisfies Check[];
