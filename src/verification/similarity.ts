import type { Fn, Value } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { sum, dot, norm, at, inverse, matvec } from './reference';

/** Pairs of vectors: mixed signs, a zero coordinate, large magnitudes. */
const pairs = [
  { x: [1, 2, 3], y: [-1, 0.5, 2] },
  { x: [0, -4, 2.5, 1], y: [3, -4, -1, 0] },
  { x: [1e6, -2e6], y: [3e6, 5e5] },
];
const diff = (x: readonly number[], y: readonly number[]) => x.map((v, i) => v - at(y, i + 1));
const cosine = (x: readonly number[], y: readonly number[]) => dot(x, y) / (norm(x) * norm(y));

/** Outcomes (x, y) of a small experiment; x ∈ {1, 2} and y ∈ {11, 12, 13} are labelled apart so p(v) knows its variable. */
const observations = [
  [1, 11],
  [1, 11],
  [1, 12],
  [2, 12],
  [2, 13],
  [2, 13],
  [2, 13],
  [1, 13],
] as const;
const count = (...vs: number[]) => observations.filter((o) => vs.every((v) => (o as readonly number[]).includes(v))).length;
const N = observations.length;
const p: Fn = (...vs: Value[]) => count(...vs.map(Number)) / N;
const pGiven: Fn = (a: Value, b: Value) => count(Number(a), Number(b)) / count(Number(b));
const c: Fn = (...vs: Value[]) => count(...vs.map(Number));
/** PMI from its definition (Church & Hanks 1990): log P(x, y) / (P(x) P(y)) with empirical frequencies. */
const pmi = (x: number, y: number) => Math.log(count(x, y) / N / ((count(x) / N) * (count(y) / N)));
const events = [
  { x: 1, y: 11 },
  { x: 2, y: 12 },
  { x: 1, y: 13 },
];

export const verifications: Verification[] = [
  formula('cosine-similarity', {}, pairs, ({ x, y }) => cosine(x, y), [['\\lVert \\mathbf{x} \\rVert_2 \\,', '']]),
  formula(
    'cosine-similarity',
    { block: 1 },
    pairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => cosine(x, y),
    [['x_j^{2}', 'x_j']],
  ),
  formula(
    'euclidean-distance',
    {},
    pairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => Math.hypot(...diff(x, y)),
    [['(x_j - y_j)^{2}', '(x_j - y_j)']],
  ),
  formula('euclidean-distance', { block: 1, sides: [0, 1] }, pairs, ({ x, y }) => Math.hypot(...diff(x, y)) ** 2, [
    ['- 2 \\, \\mathbf{x}^\\top', '- \\mathbf{x}^\\top'],
  ]),
  formula(
    'manhattan-distance',
    {},
    pairs.map((s) => ({ ...s, d: s.x.length })),
    ({ x, y }) => sum(diff(x, y).map(Math.abs)),
    [['\\lvert x_j - y_j \\rvert', '(x_j - y_j)']],
  ),
  formula(
    'minkowski-distance',
    {},
    pairs.flatMap((s) => [1, 3, 4.5].map((pp) => ({ ...s, d: s.x.length, p: pp }))),
    ({ x, y, p: order }) => sum(diff(x, y).map((v) => Math.abs(v) ** order)) ** (1 / order),
    [
      ['^{1/p}', ''],
      ['\\lvert x_j - y_j \\rvert^{p}', '(x_j - y_j)^{p}'],
    ],
  ),
  // The Chebyshev distance; the limit itself is not evaluated.
  formula('minkowski-distance', { block: 1, sides: [2] }, pairs, ({ x, y }) => Math.max(...diff(x, y).map(Math.abs)), [
    ['\\max_{j} \\lvert x_j - y_j \\rvert', '\\max_{j} (x_j - y_j)'],
  ]),
  formula(
    'mahalanobis-distance',
    {},
    [
      {
        x: [1, 2, -1],
        y: [0, 1, 1],
        Sigma: [
          [2, 0.5, 0],
          [0.5, 1, 0.2],
          [0, 0.2, 3],
        ],
      },
      {
        x: [4, 0],
        y: [1, 1],
        Sigma: [
          [1, 0],
          [0, 1],
        ],
      },
    ],
    ({ x, y, Sigma }) => Math.sqrt(dot(diff(x, y), matvec(inverse(Sigma), diff(x, y)))),
    [['^{-1}', '']],
  ),
  formula(
    'mahalanobis-distance',
    { block: 1 },
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
      },
      {
        x: [-3, 0.5],
        mu: [1, 1],
        Sigma: [
          [4, -1],
          [-1, 0.5],
        ],
      },
    ],
    ({ x, mu, Sigma }) => Math.sqrt(dot(diff(x, mu), matvec(inverse(Sigma), diff(x, mu)))),
    [
      [
        '(\\mathbf{x} - \\boldsymbol{\\mu})^\\top \\boldsymbol{\\Sigma}^{-1}',
        '(\\mathbf{x} - \\boldsymbol{\\mu})^\\top \\boldsymbol{\\Sigma}',
      ],
    ],
  ),
  formula(
    'hamming-distance',
    {},
    [
      { x: [1, 0, 1, 1], y: [1, 1, 0, 1], d: 4 },
      { x: [0, 0, 0], y: [0, 0, 0], d: 3 },
      { x: [2, 5, -1, 7, 7], y: [2, 4, 1, 7, 0], d: 5 },
    ],
    ({ x, y }) => x.filter((v, i) => v !== y[i]).length,
    [['x_j \\neq y_j', 'x_j = y_j']],
  ),
  formula(
    'jaccard-index',
    { block: 1 },
    [
      { TP: 8, FP: 2, FN: 4 },
      { TP: 1, FP: 9, FN: 0 },
      { TP: 0, FP: 3, FN: 2 },
    ],
    // |A ∩ B| / |A ∪ B| on the sets of predicted and true positives: the union counts TP once.
    ({ TP, FP, FN }) => {
      const predicted = new Set([...Array(TP + FP).keys()]);
      const actual = new Set([...Array(TP).keys(), ...Array.from({ length: FN }, (_, k) => 1000 + k)]);
      return [...predicted].filter((e) => actual.has(e)).length / new Set([...predicted, ...actual]).size;
    },
    [['\\mathrm{TP} + \\mathrm{FP} + \\mathrm{FN}', '\\mathrm{TP} + \\mathrm{FP}']],
  ),
  formula(
    'pointwise-mutual-information',
    {},
    events.map((e) => ({ ...e, p, p_given: pGiven })),
    ({ x, y }) => pmi(x, y),
    [
      ['\\log \\frac{p(x \\mid y)}{p(x)}', '\\log \\frac{p(x \\mid y)}{p(y)}'],
      ['{p(x) \\, p(y)}', '{p(x)}'],
    ],
  ),
  formula(
    'pointwise-mutual-information',
    { block: 1 },
    events.map((e) => ({ ...e, N, c })),
    ({ x, y }) => pmi(x, y),
    [['{N \\, c(x, y)}', '{c(x, y)}']],
  ),
];
