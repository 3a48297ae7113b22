import { type Fn } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { rewritten } from '../../../src/verification/reference';

/** A bigram language model over tokens 1..3: row = previous token (0 = start of sequence), column = next token. */
const bigram = [
  [0.5, 0.3, 0.2],
  [0.1, 0.6, 0.3],
  [0.25, 0.25, 0.5],
  [0.7, 0.2, 0.1],
];

/** p_θ(x_t | x_<t) for a fixed sequence, called with (x_t, t): the context is the sequence's first t − 1 tokens. */
const lm =
  (x: readonly number[]): Fn =>
  (token, t) =>
    bigram[Number(t) === 1 ? 0 : (x[Number(t) - 2] ?? NaN)]?.[Number(token) - 1] ?? NaN;

export default [
  rewritten(
    formula(
      {},
      [[1, 2, 2, 3], [3], [2, 1, 3, 3, 1]].map((x) => ({ x, T: x.length, p_theta_given: lm(x) })),
      // Perplexity as the inverse geometric mean of the token probabilities, (Π_t p(x_t | x_<t))^(−1/T) (Jurafsky & Martin, eq. 3.15).
      ({ x }) => {
        const probs = x.map((tok, t) => bigram[t === 0 ? 0 : (x[t - 1] ?? NaN)]?.[tok - 1] ?? NaN);
        return probs.reduce((pr, v) => pr * v, 1) ** (-1 / x.length);
      },
      [
        ['-\\frac{1}{T}', '\\frac{1}{T}'],
        ['\\sum_{t=1}^{T}', '\\sum_{t=2}^{T}'],
      ],
    ),
    // The context x_<t is passed to the bound model as the position t (the model reads the sequence's prefix itself).
    (latex) => latex.replace('x_{<t}', 't'),
  ),
] satisfies Check[];
