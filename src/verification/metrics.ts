import type { Fn, Value } from '../lib/latex-eval';
import { formula, type Verification } from '../lib/verification';
import { sum, at, confusion, withPR, rewritten } from './reference';
import { editDistance } from '../lib/search-index';

const mean = (xs: readonly number[]): number => sum(xs) / xs.length;
/** Population variance (numpy's var, ddof = 0). */
const variance = (xs: readonly number[]): number => mean(xs.map((x) => (x - mean(xs)) ** 2));
const nums = (v: Value): number[] => (Array.isArray(v) ? v.map(Number) : [v]);

/** Label vectors that realise a binary confusion matrix (1 = positive). */
const labels = (c: { TP: number; FP: number; FN: number; TN: number }) => {
  const rep = (n: number, y: number, p: number) => Array.from({ length: n }, () => [y, p] as const);
  const pairs = [...rep(c.TP, 1, 1), ...rep(c.FP, 0, 1), ...rep(c.FN, 1, 0), ...rep(c.TN, 0, 0)];
  return { y: pairs.map(([y]) => y), yHat: pairs.map(([, p]) => p) };
};
/** Recall of each class present in y, in order of first appearance (scikit-learn's balanced_accuracy_score averages these). */
const perClassRecall = (y: readonly number[], yHat: readonly number[]): number[] =>
  [...new Set(y)].map((k) => {
    const idx = y.flatMap((v, i) => (v === k ? [i] : []));
    return idx.filter((i) => yHat[i] === k).length / idx.length;
  });

/** The contingency table n_ij of two labelings (rows: classes of u, columns: classes of v) and its margins. */
const contingency = (u: readonly number[], v: readonly number[]) => {
  const ru = [...new Set(u)].sort((a, b) => a - b);
  const cv = [...new Set(v)].sort((a, b) => a - b);
  const n = ru.map((a) => cv.map((b) => u.filter((x, i) => x === a && v[i] === b).length));
  return { n, a: n.map((r) => sum(r)), b: cv.map((_, j) => sum(n.map((r) => r[j] ?? 0))), N: u.length, R: ru.length, C: cv.length };
};
/** Adjusted Rand index by counting pairs of points (scikit-learn's pair_confusion_matrix form, Hubert & Arabie 1985). */
const ariByPairs = (u: readonly number[], v: readonly number[]): number => {
  let [same, onlyU, onlyV, neither] = [0, 0, 0, 0];
  for (let i = 0; i < u.length; i++) {
    for (let j = i + 1; j < u.length; j++) {
      const su = u[i] === u[j];
      const sv = v[i] === v[j];
      if (su && sv) same++;
      else if (su) onlyU++;
      else if (sv) onlyV++;
      else neither++;
    }
  }
  return (2 * (same * neither - onlyU * onlyV)) / ((same + onlyU) * (onlyU + neither) + (same + onlyV) * (onlyV + neither));
};
/** Entropy and mutual information of labelings from empirical frequencies (natural log, as scikit-learn). */
const freq = (xs: readonly number[]): number[] => [...new Set(xs)].map((k) => xs.filter((x) => x === k).length / xs.length);
const entropy = (xs: readonly number[]): number => -sum(freq(xs).map((p) => p * Math.log(p)));
const mutualInfo = (u: readonly number[], v: readonly number[]): number => {
  const joint = u.map((x, i) => x * 1000 + (v[i] ?? NaN));
  return entropy(u) + entropy(v) - entropy(joint); // I(U; V) = H(U) + H(V) − H(U, V)
};

/** Regression data for R², adjusted R², explained variance: a good fit, a poor one (R² < 0) and large magnitudes. */
const regression = [
  { y: [3, -1, 2, 7, 5, 0], hat_y: [2.5, 0, 2, 8, 4, 0.5], p: 2 },
  { y: [1, 2, 3, 4], hat_y: [4, 1, 4, 1], p: 1 },
  { y: [1e6, 2e6, 4e6, 3e6, 5e6], hat_y: [1.1e6, 2.1e6, 3.8e6, 3.3e6, 4.9e6], p: 1 },
];
const ss = ({ y, hat_y }: { y: number[]; hat_y: number[] }) => ({
  res: sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)),
  tot: sum(y.map((v) => (v - mean(y)) ** 2)),
});

/** ROC AUC as the trapezoidal area under the ROC curve (scikit-learn's roc_auc_score), ties as one threshold. */
const rocAuc = (s: readonly number[], y: readonly number[]): number => {
  const pos = sum(y);
  const neg = y.length - pos;
  const thresholds = [...new Set(s)].sort((a, b) => b - a);
  const points = [
    [0, 0],
    ...thresholds.map((t) => [
      s.filter((v, i) => v >= t && y[i] === 0).length / neg,
      s.filter((v, i) => v >= t && y[i] === 1).length / pos,
    ]),
  ];
  return sum(points.slice(1).map(([x, h], k) => ((x ?? 0) - (points[k]?.[0] ?? 0)) * (((h ?? 0) + (points[k]?.[1] ?? 0)) / 2)));
};

/** Graded relevances of a ranking, with zeros and ties. */
const rankings = [
  { rel: [3, 2, 0, 1, 2], k: 5 },
  { rel: [0, 1, 3], k: 2 },
];
const dcg = (rel: readonly number[], k: number, gain: (r: number) => number) =>
  sum(rel.slice(0, k).map((r, i) => gain(r) / Math.log2(i + 2)));

/** Binary relevance of three ranked result lists: hits early, hits late, and a query with no relevant result retrieved. */
const queries = [
  [1, 0, 1, 0, 0],
  [0, 0, 0, 1],
  [0, 0, 0],
];
/** Relevant documents per query (some never retrieved: query 2 has 2, query 3 has 1). */
const relevantCount = [2, 2, 1];
/**
 * Average precision as the area under the step precision–recall curve, Σ_n (R_n − R_{n−1}) P_n over the cut-offs
 * (scikit-learn's average_precision_score), with recall relative to every relevant document of the query.
 */
const apOf = (rel: readonly number[], relevant: number): number => {
  let [area, prevRecall, hits] = [0, 0, 0];
  rel.forEach((r, n) => {
    hits += r;
    const recall = hits / relevant;
    area += (recall - prevRecall) * (hits / (n + 1));
    prevRecall = recall;
  });
  return area;
};
/** The 1-based position of the first relevant result, Infinity when none is retrieved (reciprocal rank 0). */
const firstHit = (rel: readonly number[]): number => {
  const k = rel.indexOf(1);
  return k < 0 ? Infinity : k + 1;
};

/** Five 2-D points in three clusters, one of them a singleton (whose silhouette is 0 by definition). */
const points = [
  [0, 0],
  [1, 0],
  [0, 2],
  [5, 5],
  [6, 4],
];
const clusterOf = [1, 1, 1, 2, 3];
const clusters = [1, 2, 3].map((c) => clusterOf.flatMap((k, j) => (k === c ? [j + 1] : [])));
const euclid = (i: number, j: number): number => Math.hypot(...(points[i - 1] ?? []).map((v, d) => v - (points[j - 1]?.[d] ?? NaN)));
/** scikit-learn's silhouette_samples, written out: mean intra-cluster distance a, nearest other cluster's mean b. */
const silhouette = (i: number): { a: number; b: number; s: number } => {
  const own = clusterOf[i - 1] ?? NaN;
  const mates = clusterOf.flatMap((k, j) => (k === own && j + 1 !== i ? [j + 1] : []));
  const a = mates.length ? sum(mates.map((j) => euclid(i, j))) / mates.length : 0;
  const b = Math.min(
    ...[1, 2, 3].filter((c) => c !== own).map((c) => mean(clusterOf.flatMap((k, j) => (k === c ? [euclid(i, j + 1)] : [])))),
  );
  return { a, b, s: mates.length ? (b - a) / Math.max(a, b) : 0 };
};

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

export const verifications: Verification[] = [
  formula(
    'root-mean-squared-error',
    {},
    [
      { y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 },
      { y: [-4, 0, 1e6], hat_y: [-1, 0, 1e6 + 4], N: 3 },
    ],
    ({ y, hat_y }) => Math.sqrt(mean(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2))),
    [
      ['\\frac{1}{N} \\sum', '\\sum'],
      ['\\right)^{2}', '\\right)'],
    ],
  ),
  formula('f1-score', {}, withPR, (c) => (2 * c.TP) / (2 * c.TP + c.FP + c.FN), [['2 \\cdot', '']]),
  formula('f1-score', { block: 1 }, withPR, (c) => (2 * c.Precision * c.Recall) / (c.Precision + c.Recall), [
    ['{2\\,\\mathrm{TP} + \\mathrm{FP}', '{\\mathrm{TP} + \\mathrm{FP}'],
  ]),
  formula(
    'f-beta-score',
    {},
    withPR.map((c) => ({ ...c, beta: 2 })),
    // F_β = 1 / (w/R + (1 − w)/P) with w = β²/(1 + β²): the weighted harmonic mean (van Rijsbergen 1979).
    (c) => 1 / ((4 / 5) * (1 / c.Recall) + (1 / 5) * (1 / c.Precision)),
    [['(1 + \\beta^{2}) \\cdot', '']],
  ),
  formula(
    'f-beta-score',
    { block: 1 },
    withPR.map((c) => ({ ...c, beta: 0.5 })),
    (c) => 1 / ((0.2 / c.Recall) * 1 + 0.8 / c.Precision),
    [['\\beta^{2}\\,\\mathrm{FN}', '\\mathrm{FN}']],
  ),
  formula(
    'matthews-correlation-coefficient',
    {},
    confusion,
    // MCC is the Pearson correlation of the binary label and prediction vectors.
    (c) => {
      const { y, yHat } = labels(c);
      const [my, mp] = [mean(y), mean(yHat)];
      const cov = sum(y.map((v, i) => (v - my) * ((yHat[i] ?? NaN) - mp)));
      return cov / Math.sqrt(sum(y.map((v) => (v - my) ** 2)) * sum(yHat.map((v) => (v - mp) ** 2)));
    },
    [['- \\mathrm{FP} \\cdot \\mathrm{FN}', '+ \\mathrm{FP} \\cdot \\mathrm{FN}']],
  ),
  formula(
    'accuracy',
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === yHat[i]).length / y.length;
    },
    [['{\\mathrm{TP} + \\mathrm{TN}}{', '{\\mathrm{TP}}{']],
  ),
  formula(
    'accuracy',
    { block: 1 },
    [
      { y: [1, 2, 3, 1], hat_y: [1, 2, 1, 1], N: 4 },
      { y: [0, 0, 1], hat_y: [1, 1, 0], N: 3 },
    ],
    ({ y, hat_y }) => y.filter((v, i) => v === hat_y[i]).length / y.length,
    [
      ['\\hat{y}_i = y_i', '\\hat{y}_i \\ne y_i'],
      ['\\frac{1}{N} \\sum', '\\sum'],
    ],
  ),
  formula(
    'r-squared',
    {},
    regression.map(({ y, hat_y }) => ({ y, hat_y, bar_y: mean(y), N: y.length })),
    // scikit-learn's r2_score: 1 − SS_res / SS_tot.
    (s) => 1 - ss(s).res / ss(s).tot,
    [['\\left( y_i - \\bar{y} \\right)^{2}', '\\left( y_i - \\hat{y}_i \\right)^{2}']],
  ),
  formula(
    'adjusted-r-squared',
    {},
    // R is the square root of R² of the fit (the fits with R² ≥ 0).
    regression.filter((s) => ss(s).res <= ss(s).tot).map((s) => ({ ...s, R: Math.sqrt(1 - ss(s).res / ss(s).tot), N: s.y.length })),
    // Wherry (1931): 1 − (SS_res / df_res) / (SS_tot / df_tot), df_res = N − p − 1, df_tot = N − 1.
    (s) => 1 - ss(s).res / (s.N - s.p - 1) / (ss(s).tot / (s.N - 1)),
    [['{N - p - 1}', '{N - p}']],
  ),
  formula(
    'adjusted-r-squared',
    { block: 1 },
    regression.map((s) => ({ SS_res: ss(s).res, SS_tot: ss(s).tot, N: s.y.length, p: s.p })),
    // Via R²: 1 − (1 − R²)(N − 1)/(N − p − 1).
    ({ SS_res, SS_tot, N, p }) => 1 - ((SS_res / SS_tot) * (N - 1)) / (N - p - 1),
    [['(N - p - 1)', '(N - p)']],
  ),
  formula(
    'explained-variance',
    {},
    regression.map(({ y, hat_y }) => ({ y, hat_y, Var: (v: Value) => variance(nums(v)) })),
    // scikit-learn's explained_variance_score, written with residual sums.
    ({ y, hat_y }) => {
      const r = y.map((v, i) => v - at(hat_y, i + 1));
      const mr = mean(r);
      return 1 - sum(r.map((v) => (v - mr) ** 2)) / sum(y.map((v) => (v - mean(y)) ** 2));
    },
    [['\\operatorname{Var}(y - \\hat{y})', '\\operatorname{Var}(\\hat{y})']],
  ),
  formula(
    'explained-variance',
    { block: 1 },
    regression.map(({ y, hat_y }) => ({ y, hat_y, bar_y: mean(y), bar_e: mean(y.map((v, i) => v - at(hat_y, i + 1))), N: y.length })),
    ({ y, hat_y }) => 1 - variance(y.map((v, i) => v - at(hat_y, i + 1))) / variance(y),
    [['- \\bar{e} \\right)', '\\right)']],
  ),
  formula(
    'adjusted-rand-index',
    {},
    [
      { u: [0, 0, 0, 1, 1, 1, 2, 2], v: [0, 0, 1, 1, 2, 2, 2, 2] },
      { u: [0, 0, 1, 1, 2], v: [5, 5, 3, 3, 4] },
      { u: [0, 1, 0, 1, 0, 1], v: [0, 0, 0, 1, 1, 1] },
    ].map(({ u, v }) => {
      const { n, a, b, N } = contingency(u, v);
      return { u, v, n, a, b, N };
    }),
    // Counting pairs of points on the two labelings u and v the table n comes from.
    ({ u, v }) => ariByPairs(u, v),
    [
      ['\\frac{1}{2} \\left[', '\\left['],
      ['\\binom{n_{ij}}{2}', '\\binom{n_{ij}}{1}'],
    ],
  ),
  formula(
    'balanced-accuracy',
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return mean(perClassRecall(y, yHat));
    },
    [
      ['\\frac{1}{2}', ''],
      ['{\\mathrm{TN} + \\mathrm{FP}}', '{\\mathrm{TN} + \\mathrm{FN}}'],
    ],
  ),
  ...[
    { y: [0, 0, 1, 1, 1, 2, 2, 2, 2, 2], yHat: [0, 1, 1, 1, 2, 2, 2, 0, 0, 2] },
    { y: [1, 1, 0, 0, 0, 0], yHat: [1, 1, 1, 1, 1, 0] },
  ].map(({ y, yHat }) => {
    const classes = [...new Set(y)];
    const count = (f: (t: number, p: number, k: number) => boolean) =>
      classes.map((k) => y.filter((t, i) => f(t, yHat[i] ?? NaN, k)).length);
    const sample = {
      TP: count((t, p, k) => t === k && p === k),
      FN: count((t, p, k) => t === k && p !== k),
      FP: count((t, p, k) => t !== k && p === k),
      K: classes.length,
    };
    return formula('balanced-accuracy', { block: 1 }, [sample], () => mean(perClassRecall(y, yHat)), [
      ['\\mathrm{TP}_k + \\mathrm{FN}_k', '\\mathrm{TP}_k + \\mathrm{FP}_k'],
      ['\\frac{1}{K}', ''],
    ]);
  }),
  formula(
    'bleu',
    {},
    [
      { BP: 1, w: [0.25, 0.25, 0.25, 0.25], p: [0.8, 0.5, 0.4, 0.25], N: 4 },
      { BP: Math.exp(1 - 12 / 10), w: [0.5, 0.5], p: [0.6, 0.3], N: 2 },
    ],
    // Papineni et al. (2002): BP times the weighted geometric mean of the n-gram precisions.
    ({ BP, w, p }) => BP * p.reduce((acc, pn, i) => acc * pn ** at(w, i + 1), 1),
    [['w_n \\log p_n', '\\log p_n']],
  ),
  formula(
    'bleu',
    { block: 1 },
    [
      { c: 10, r: 12 },
      { c: 15, r: 12 },
      { c: 12, r: 12 },
    ],
    // Papineni et al. (2002), §2.2.2: no penalty for candidates longer than the reference.
    ({ c, r }) => (c > r ? 1 : Math.exp(1 - r / c)),
    [['e^{1 - r/c}', 'e^{1 - c/r}']],
  ),
  formula(
    'brier-score',
    {},
    [
      { hat_p: [0.9, 0.2, 0.5, 1, 0], y: [1, 0, 1, 0, 0], N: 5 },
      { hat_p: [0.1], y: [1], N: 1 },
    ],
    // scikit-learn's brier_score_loss: the mean squared difference of probability and outcome.
    ({ hat_p, y }) => mean(hat_p.map((p, i) => (p - at(y, i + 1)) ** 2)),
    [
      ['\\right)^{2}', '\\right)'],
      ['\\frac{1}{N} \\sum', '\\sum'],
    ],
  ),
  formula(
    'brier-score',
    { block: 1 },
    [
      {
        hat_p: [
          [0.7, 0.2, 0.1],
          [0, 0.5, 0.5],
        ],
        y: [
          [1, 0, 0],
          [0, 0, 1],
        ],
        N: 2,
        K: 3,
      },
    ],
    // Brier (1950): the squared distance between forecast and outcome vectors, averaged over forecasts.
    ({ hat_p, y }) => mean(hat_p.map((row, i) => sum(row.map((p, k) => (p - (y[i]?.[k] ?? NaN)) ** 2)))),
    [['\\hat{p}_{ik} - y_{ik}', '\\hat{p}_{ik} - y_{ki}']],
  ),
  ...[
    [
      [20, 5],
      [3, 12],
    ],
    [
      [5, 1, 0],
      [2, 4, 1],
      [0, 3, 9],
    ],
  ]
    .map((n) => {
      const N = sum(n.map((r) => sum(r)));
      const K = n.length;
      const pO = sum(n.map((r, k) => r[k] ?? 0)) / N;
      const pE = sum(n.map((r, k) => sum(r) * sum(n.map((q) => q[k] ?? 0)))) / (N * N);
      // scikit-learn's cohen_kappa_score: 1 − Σ w·n / Σ w·expected with 0/1 weights off the diagonal.
      const offDiag = (m: number[][]) => sum(m.flatMap((r, i) => r.filter((_, j) => j !== i)));
      const expected = n.map((r) => n.map((_, j) => (sum(r) * sum(n.map((q) => q[j] ?? 0))) / N));
      const kappa = 1 - offDiag(n) / offDiag(expected);
      return [
        formula('cohens-kappa', {}, [{ p_o: pO, p_e: pE }], () => kappa, [['{1 - p_e}', '{p_e}']]),
        formula('cohens-kappa', { block: 1, row: 0 }, [{ n, N, K }], () => pO, [['n_{kk}', 'n_{k1}']]),
      ];
    })
    .flat(),
  ...rankings.flatMap(({ rel, k }) => [
    // Järvelin & Kekäläinen (2002) with the log2(rank + 1) discount (scikit-learn's dcg_score).
    formula('dcg', {}, [{ rel, k }], () => dcg(rel, k, (r) => r), [['\\log_{2}(i + 1)', '\\log_{2}(i + 2)']]),
    // Burges et al. (2005): exponential gain 2^rel − 1.
    formula('dcg', { block: 1 }, [{ rel, k }], () => dcg(rel, k, (r) => 2 ** r - 1), [['2^{\\mathrm{rel}_i} - 1', '2^{\\mathrm{rel}_i}']]),
    formula(
      'ndcg',
      { block: 1 },
      [{ rel_star: [...rel].sort((a, b) => b - a), k, g: (r: Value) => nums(r).map((x) => 2 ** x - 1)[0] ?? NaN }],
      // The DCG of the best possible ordering of the same relevances.
      () => Math.max(...permutations(rel).map((order) => dcg(order, k, (r) => 2 ** r - 1))),
      [['\\log_{2}(i + 1)', '\\log_{2}(i)']],
    ),
  ]),
  formula(
    'dice-coefficient',
    { block: 1 },
    confusion,
    // Sørensen–Dice on sets: 2|A ∩ B| / (|A| + |B|) with A the predicted and B the true positives.
    (c) => (2 * c.TP) / (c.TP + c.FP + (c.TP + c.FN)),
    [['{2\\,\\mathrm{TP}}{', '{\\mathrm{TP}}{']],
  ),
  formula(
    'false-positive-rate',
    {},
    confusion.map((c) => ({ ...c, Specificity: c.TN / (c.TN + c.FP) })),
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 0 && yHat[i] === 1).length / y.filter((v) => v === 0).length;
    },
    [['{\\mathrm{FP} + \\mathrm{TN}}', '{\\mathrm{FP} + \\mathrm{TP}}']],
  ),
  formula(
    'specificity',
    { sides: [2, 3] },
    confusion.map((c) => ({ ...c, FPR: c.FP / (c.FP + c.TN) })),
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 0 && yHat[i] === 0).length / y.filter((v) => v === 0).length;
    },
    [['{\\mathrm{TN} + \\mathrm{FP}}', '{\\mathrm{TN} + \\mathrm{FN}}']],
  ),
  formula(
    'precision',
    {},
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 1 && yHat[i] === 1).length / yHat.filter((p) => p === 1).length;
    },
    [['\\mathrm{TP} + \\mathrm{FP}', '\\mathrm{TP} + \\mathrm{FN}']],
  ),
  formula(
    'recall',
    { sides: [2] },
    confusion,
    (c) => {
      const { y, yHat } = labels(c);
      return y.filter((v, i) => v === 1 && yHat[i] === 1).length / y.filter((v) => v === 1).length;
    },
    [['\\mathrm{TP} + \\mathrm{FN}', '\\mathrm{TP} + \\mathrm{FP}']],
  ),
  formula(
    'mean-absolute-percentage-error',
    {},
    [
      { y: [3, -0.5, 2, 7], hat_y: [2.5, 0, 2, 8], N: 4 },
      { y: [1e6, -2e6], hat_y: [1.1e6, -1e6], N: 2 },
    ],
    // scikit-learn's mean_absolute_percentage_error returns the fraction; the entry's 100% is 100/100.
    ({ y, hat_y }) => mean(y.map((v, i) => Math.abs(v - at(hat_y, i + 1)) / Math.abs(v))),
    [
      ['\\left\\lvert \\frac{y_i - \\hat{y}_i}{y_i} \\right\\rvert', '\\frac{y_i - \\hat{y}_i}{y_i}'],
      ['{y_i} \\right', '{\\hat{y}_i} \\right'],
    ],
  ),
  formula(
    'symmetric-mape',
    {},
    [
      { y: [3, -0.5, 2, 7], hat_y: [2.5, 0.5, 2, 8], N: 4 },
      { y: [1e6, -2e6], hat_y: [1.1e6, -1e6], N: 2 },
    ],
    // Makridakis (1993), in the form with absolute values in the denominator (Hyndman & Koehler 2006).
    ({ y, hat_y }) => mean(y.map((v, i) => (2 * Math.abs(v - at(hat_y, i + 1))) / (Math.abs(v) + Math.abs(at(hat_y, i + 1))))),
    [
      ['\\right) / 2}', '\\right)}'],
      ['\\lvert y_i \\rvert + \\lvert \\hat{y}_i \\rvert', 'y_i + \\hat{y}_i'],
    ],
  ),
  formula(
    'normalized-mutual-information',
    {},
    [
      { u: [0, 0, 0, 1, 1, 1, 2, 2], v: [0, 0, 1, 1, 0, 1, 1, 0] },
      { u: [1, 1, 2, 2], v: [1, 2, 1, 2] },
    ].map(({ u, v }) => ({ u, v, ...contingency(u, v) })),
    // scikit-learn's mutual_info_score, via entropies of the labelings u and v the table n counts.
    ({ u, v }) => mutualInfo(u, v),
    [['\\frac{N \\, n_{ij}}{a_i \\, b_j}', '\\frac{n_{ij}}{a_i \\, b_j}']],
  ),
  ...[
    { U: [0, 0, 0, 1, 1, 1, 2, 2], V: [0, 0, 1, 1, 0, 1, 1, 0] },
    { U: [0, 0, 1, 1, 2, 2], V: [1, 1, 0, 0, 0, 0] },
  ].flatMap((s) => {
    const sample = { ...s, I: ((a: Value, b: Value) => mutualInfo(nums(a), nums(b))) as Fn, H: ((a: Value) => entropy(nums(a))) as Fn };
    const [mi, hu, hv] = [mutualInfo(s.U, s.V), entropy(s.U), entropy(s.V)];
    // scikit-learn's normalized_mutual_info_score, average_method 'arithmetic' and 'geometric'.
    return [
      formula('normalized-mutual-information', { block: 1 }, [sample], () => mi / ((hu + hv) / 2), [
        ['\\frac{1}{2} \\left( H(U) + H(V) \\right)', '\\left( H(U) + H(V) \\right)'],
      ]),
      formula('normalized-mutual-information', { block: 2 }, [sample], () => mi / Math.sqrt(hu * hv), [
        ['\\sqrt{H(U) \\, H(V)}', 'H(U) \\, H(V)'],
      ]),
    ];
  }),
  formula(
    'precision-at-k',
    { sides: [2] },
    [
      { ranked: [7, 3, 9, 1], relevant: [3, 1, 5], k: 3 },
      { ranked: [7, 3, 9, 1], relevant: [3, 1, 5], k: 4 },
      { ranked: [2, 4], relevant: [8], k: 2 },
    ].map(({ ranked, relevant, k }) => ({ k, rel: ranked.map((d) => (relevant.includes(d) ? 1 : 0)) })),
    // |relevant ∩ top k| / k, counted on the document ids the rel vectors come from.
    ({ k, rel }) => rel.slice(0, k).filter((r) => r === 1).length / k,
    [['\\frac{1}{k} \\sum', '\\sum']],
  ),
  formula(
    'roc-auc',
    { block: 2 },
    [
      { s: [0.9, 0.4, 0.4, 0.2, 0.8, 0.1], y: [1, 1, 0, 0, 0, 1] },
      { s: [3, 1, 2, 5], y: [1, 0, 0, 1] },
      { s: [0.5, 0.5, 0.5], y: [1, 0, 0] },
    ].map(({ s, y }) => ({ s, y, N_plus: sum(y), N_minus: y.length - sum(y) })),
    ({ s, y }) => rocAuc(s, y),
    [
      ['\\frac{1}{2} \\mathbb{I}', '\\mathbb{I}'],
      ['s_i > s_j', 's_i < s_j'],
    ],
  ),
  formula(
    'word-error-rate',
    {},
    // "the cat sat on the mat" → "the cat sit on mat today": sat→sit (S), "the" deleted (D), "today" inserted (I).
    [{ S: 1, D: 1, I: 1, N_ref: 6 }],
    ({ N_ref }) => editDistance('the cat sat on the mat'.split(' '), 'the cat sit on mat today'.split(' ')) / N_ref,
    [['S + D + I', 'S + D']],
  ),
  formula(
    'mean-average-precision',
    {},
    [
      { Q: [1, 2, 3], AP: (q: Value) => apOf(queries[Number(q) - 1] ?? [], relevantCount[Number(q) - 1] ?? NaN) },
      { Q: [2], AP: (q: Value) => apOf(queries[Number(q) - 1] ?? [], relevantCount[Number(q) - 1] ?? NaN) },
    ],
    // MAP: the arithmetic mean of the per-query average precisions (Manning et al., IR book, eq. 8.8).
    ({ Q }) => sum(Q.map((q) => apOf(queries[q - 1] ?? [], relevantCount[q - 1] ?? NaN))) / Q.length,
    [
      ['\\frac{1}{\\lvert Q \\rvert}', '\\frac{1}{\\lvert Q \\rvert + 1}'],
      ['\\mathrm{AP}(q)', '\\mathrm{AP}(1)'],
    ],
  ),
  formula(
    'mean-reciprocal-rank',
    {},
    [
      { Q: [1, 2, 3], rank: queries.map(firstHit) },
      { Q: [1, 2], rank: queries.map(firstHit) },
      { Q: [2], rank: queries.map(firstHit) },
    ],
    // MRR (Voorhees, TREC-8 QA track 1999): the mean over queries of 1 / (position of the first correct answer), 0 if none.
    ({ Q }) => mean(Q.map((q) => 1 / firstHit(queries[q - 1] ?? []))),
    [
      ['\\frac{1}{\\mathrm{rank}_q}', '\\mathrm{rank}_q'],
      ['\\frac{1}{\\lvert Q \\rvert}', ''],
    ],
  ),
  rewritten(
    formula(
      'average-precision',
      { block: 1 },
      queries.slice(0, 2).map((rel, q) => ({
        cal_R: Array.from({ length: relevantCount[q] ?? 0 }, (_, k) => k + 1),
        m: rel.length,
        rel,
        Pat: rel.map((_, k) => sum(rel.slice(0, k + 1)) / (k + 1)),
      })),
      // The area under the step precision–recall curve, Σ (R_n − R_{n−1}) P_n (scikit-learn's average_precision_score).
      ({ cal_R, rel }) => apOf(rel, cal_R.length),
      [
        ['\\cdot \\mathrm{rel}_k', ''],
        ['\\frac{1}{\\lvert \\mathcal{R} \\rvert}', '\\frac{1}{m}'],
      ],
    ),
    // P@k is bound as the array Pat of precisions at each cut-off (the evaluator reads no `@`).
    (latex) => latex.replace('\\mathrm{P@}k', '\\mathrm{Pat}_{k}'),
  ),
  formula(
    'silhouette-score',
    {},
    [1, 3, 4, 5].map((i) => ({
      i,
      C: clusters,
      k: (j: Value) => clusterOf[Number(j) - 1] ?? NaN,
      a: (j: Value) => silhouette(Number(j)).a,
      b: (j: Value) => silhouette(Number(j)).b,
    })),
    // Rousseeuw (1987) as scikit-learn's silhouette_samples computes it: (b − a) / max(a, b), 0 for a singleton.
    ({ i }) => silhouette(i).s,
    [
      ['{\\max\\left\\{ a(i), b(i) \\right\\}}', '{a(i)}'],
      ['0 & \\text{if }', '1 & \\text{if }'],
    ],
  ),
  formula(
    'silhouette-score',
    { block: 2 },
    [{ N: 5, s: (i: Value) => silhouette(Number(i)).s }],
    // The mean silhouette over all samples (scikit-learn's silhouette_score).
    () => mean([1, 2, 3, 4, 5].map((i) => silhouette(i).s)),
    [['\\frac{1}{N}', '\\frac{1}{N - 1}']],
  ),
  rewritten(
    formula(
      'perplexity',
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
];

function permutations(xs: readonly number[]): number[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
