import { type Fn, type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';

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

export default [
  formula(
    {},
    events.map((e) => ({ ...e, p, p_given: pGiven })),
    ({ x, y }) => pmi(x, y),
    [
      ['\\log \\frac{p(x \\mid y)}{p(x)}', '\\log \\frac{p(x \\mid y)}{p(y)}'],
      ['{p(x) \\, p(y)}', '{p(x)}'],
    ],
  ),
  formula(
    { block: 1 },
    events.map((e) => ({ ...e, N, c })),
    ({ x, y }) => pmi(x, y),
    [['{N \\, c(x, y)}', '{c(x, y)}']],
  ),
] satisfies Check[];
