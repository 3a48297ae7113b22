import { type Fn } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { at, dot, lossesVec, sigmoid, softplus, sum } from '../../../src/verification/reference';

/** A logistic-regression likelihood p(y | x; θ) = σ(θᵀx)^y (1 − σ(θᵀx))^(1−y), bound as p. */
const logistic: Fn = (y, x, theta) => {
  const q = sigmoid(dot(lossesVec(theta), lossesVec(x)));
  return y === 1 ? q : 1 - q;
};

/** −log p(y | x; θ) of that model, stably: softplus(−θᵀx) for y = 1 and softplus(θᵀx) for y = 0. */
const bernoulliNll = (y: number, x: readonly number[], theta: readonly number[]): number => softplus((y === 1 ? -1 : 1) * dot(theta, x));

const nllSamples = [1, 3].map((i) => ({
  x: [
    [1, 2],
    [0.5, -1],
    [3, 1],
  ],
  y: [1, 0, 0],
  theta: [0.4, -0.3],
  N: 3,
  i,
  p: logistic,
}));

export default [
  formula({}, nllSamples, ({ x, y, i, theta }) => bernoulliNll(at(y, i), x[i - 1] ?? [], theta), [['-\\log', '\\log']]),
  formula({ block: 1 }, nllSamples.slice(0, 1), ({ x, y, theta, N }) => sum(y.map((yi, k) => bernoulliNll(yi, x[k] ?? [], theta))) / N, [
    ['-\\frac{1}{N}', '-'],
  ]),
] satisfies Check[];
