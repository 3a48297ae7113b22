import { type Check, formula } from '../../../src/lib/verification';
import { mixture, mixtureDensity, sum, X } from '../../../src/verification/reference';

export default [
  formula(
    {},
    [
      [0.5, 0],
      [-3, 2],
    ].map((x) => ({ ...mixture, x })),
    ({ x }) => mixtureDensity(x),
    [['\\pi_k \\, \\mathcal{N}', '\\mathcal{N}']],
  ),
  formula({ block: 1 }, [{ ...mixture, x: X, N: X.length }], () => sum(X.map((x) => Math.log(mixtureDensity(x)))), [
    ['\\pi_k \\, \\mathcal{N}', '\\mathcal{N}'],
  ]),
] satisfies Check[];
