/**
 * Deterministic synthetic equation entries for `npm run bench`: realistic frontmatter
 * (titles, aliases, tags, papers, related ids) and bodies (display LaTeX with fractions,
 * sums, subscripts, \mathbf, cases and aligned, a "## Where" list, notes with inline math
 * and links), spread over every category. The entries pass the schema (src/lib/schema.ts)
 * and the content rules (src/lib/content-lint.ts); tests/unit/bench.test.ts checks that.
 * Pure: no file system, so the same seed always gives the same collection.
 */
import { CATEGORIES, type CategoryId } from '../../src/lib/categories.ts';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** `count` distinct items (fewer if the list is shorter), in random order. */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export interface SyntheticPaper {
  title: string;
  authors: string[];
  year: number;
  type: 'article' | 'inproceedings';
  /** The journal (article) or proceedings (inproceedings). */
  venue: string;
  url: string;
  arxiv?: string;
  doi?: string;
}

export interface SyntheticEntry {
  id: string;
  category: CategoryId;
  title: string;
  summary: string;
  aliases: string[];
  describes: string[];
  tags: string[];
  paper?: SyntheticPaper;
  related: string[];
  /** Markdown body (everything after the frontmatter). */
  body: string;
}

/** One display equation and the "Where" items that define its symbols. */
interface Formula {
  latex: string;
  where: string[];
}

/** Symbols a template may vary, so that equations differ between entries. */
interface Symbols {
  /** Operator name for \operatorname{…}: letters only. */
  op: string;
  /** Vector letter, e.g. x. */
  v: string;
  /** Second vector letter. */
  w: string;
  /** Index letter. */
  i: string;
  /** Second index letter. */
  j: string;
  /** Count, e.g. N. */
  n: string;
  /** Greek hyperparameter command, e.g. \lambda. */
  g: string;
}

type Template = (s: Symbols) => Formula;

const GREEK = ['\\alpha', '\\beta', '\\lambda', '\\gamma', '\\tau', '\\kappa', '\\rho', '\\eta'] as const;

const TEMPLATES: Record<string, Template> = {
  softmax: (s) => ({
    latex: `\\operatorname{${s.op}}(\\mathbf{${s.v}})_${s.i} = \\frac{e^{${s.v}_${s.i} / ${s.g}}}{\\sum_{${s.j}=1}^{${s.n}} e^{${s.v}_${s.j} / ${s.g}}}, \\qquad ${s.i} = 1, \\dots, ${s.n}`,
    where: [
      `$\\mathbf{${s.v}} = (${s.v}_1, \\dots, ${s.v}_${s.n}) \\in \\mathbb{R}^{${s.n}}$: the input scores, one per class.`,
      `$${s.n}$: the number of classes; $${s.i}$ indexes the output and $${s.j}$ runs over all classes.`,
      `$${s.g} > 0$: the temperature; larger values give flatter distributions.`,
    ],
  }),
  crossEntropy: (s) => ({
    latex: `\\mathcal{L}(\\boldsymbol{\\theta}) = -\\frac{1}{${s.n}} \\sum_{${s.i}=1}^{${s.n}} \\left[ y_${s.i} \\log \\hat{y}_${s.i} + (1 - y_${s.i}) \\log (1 - \\hat{y}_${s.i}) \\right] + ${s.g} \\lVert \\boldsymbol{\\theta} \\rVert_2^2`,
    where: [
      `$${s.n}$: the number of examples in the batch; $${s.i}$ indexes them.`,
      `$y_${s.i} \\in \\{0, 1\\}$: the target label and $\\hat{y}_${s.i} \\in (0, 1)$ the predicted probability.`,
      `$\\boldsymbol{\\theta}$: the model parameters and $${s.g} \\ge 0$ the penalty weight.`,
    ],
  }),
  piecewise: (s) => ({
    latex: `\\operatorname{${s.op}}(${s.v}) = \\begin{cases} ${s.v} & \\text{if } ${s.v} > 0, \\\\ ${s.g} \\left(e^{${s.v}} - 1\\right) & \\text{otherwise} \\end{cases}`,
    where: [
      `$${s.v} \\in \\mathbb{R}$: the pre-activation, applied element-wise to a vector.`,
      `$${s.g} > 0$: the scale of the negative branch.`,
    ],
  }),
  adaptiveStep: (s) => ({
    latex: `\\begin{aligned} \\mathbf{m}_t &= ${s.g} \\mathbf{m}_{t-1} + (1 - ${s.g}) \\mathbf{g}_t \\\\ \\mathbf{v}_t &= \\beta_2 \\mathbf{v}_{t-1} + (1 - \\beta_2) \\mathbf{g}_t \\odot \\mathbf{g}_t \\\\ \\boldsymbol{\\theta}_t &= \\boldsymbol{\\theta}_{t-1} - \\eta \\frac{\\mathbf{m}_t}{\\sqrt{\\mathbf{v}_t} + \\epsilon} \\end{aligned}`,
    where: [
      `$t$: the step counter; $\\mathbf{g}_t$ is the gradient at step $t$.`,
      `$\\mathbf{m}_t, \\mathbf{v}_t$: moving averages of the gradient and of its square.`,
      `$${s.g}, \\beta_2 \\in [0, 1)$: the decay rates; $\\eta > 0$ the step size; $\\epsilon > 0$ a small constant.`,
    ],
  }),
  minkowski: (s) => ({
    latex: `d_p(\\mathbf{${s.v}}, \\mathbf{${s.w}}) = \\left( \\sum_{${s.i}=1}^{${s.n}} \\lvert ${s.v}_${s.i} - ${s.w}_${s.i} \\rvert^{p} \\right)^{1/p}`,
    where: [
      `$\\mathbf{${s.v}}, \\mathbf{${s.w}} \\in \\mathbb{R}^{${s.n}}$: the two vectors compared.`,
      `$p \\ge 1$: the order of the norm; $p = 2$ gives the Euclidean distance.`,
    ],
  }),
  expectation: (s) => ({
    latex: `\\mathbb{E}_{${s.v} \\sim p}\\left[ f(${s.v}) \\right] = \\int f(${s.v}) \\, p(${s.v}) \\, d${s.v} \\approx \\frac{1}{${s.n}} \\sum_{${s.i}=1}^{${s.n}} f\\left(${s.v}^{(${s.i})}\\right)`,
    where: [
      `$p$: the density of $${s.v}$, and $f$ any integrable function.`,
      `$${s.v}^{(${s.i})} \\sim p$: independent samples, $${s.n}$ of them.`,
    ],
  }),
  ridge: (s) => ({
    latex: `\\hat{\\boldsymbol{\\beta}} = \\left(\\mathbf{X}^\\top \\mathbf{X} + ${s.g} \\mathbf{I}\\right)^{-1} \\mathbf{X}^\\top \\mathbf{${s.v === 'y' ? 'z' : 'y'}}`,
    where: [
      `$\\mathbf{X} \\in \\mathbb{R}^{${s.n} \\times d}$: the design matrix, one row per example.`,
      `$\\mathbf{${s.v === 'y' ? 'z' : 'y'}} \\in \\mathbb{R}^{${s.n}}$: the targets.`,
      `$${s.g} \\ge 0$: the regularisation strength and $\\mathbf{I}$ the $d \\times d$ identity.`,
    ],
  }),
  divergence: (s) => ({
    latex: `D_{\\mathrm{KL}}(P \\parallel Q) = \\sum_{${s.v}} P(${s.v}) \\log \\frac{P(${s.v})}{Q(${s.v})}`,
    where: [
      `$P, Q$: probability distributions over the same support, with $Q(${s.v}) > 0$ wherever $P(${s.v}) > 0$.`,
      `$${s.v}$: runs over the support; terms with $P(${s.v}) = 0$ contribute $0$.`,
    ],
  }),
  standardize: (s) => ({
    latex: `\\hat{${s.v}}_${s.i} = \\frac{${s.v}_${s.i} - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}, \\qquad \\mu = \\frac{1}{${s.n}} \\sum_{${s.i}=1}^{${s.n}} ${s.v}_${s.i}, \\qquad y_${s.i} = ${s.g} \\hat{${s.v}}_${s.i} + \\beta`,
    where: [
      `$${s.v}_${s.i}$: the activations normalised together, $${s.n}$ of them.`,
      `$\\mu, \\sigma^2$: their mean and variance; $\\epsilon > 0$ avoids division by zero.`,
      `$${s.g}, \\beta$: the learned scale and shift.`,
    ],
  }),
  bellman: (s) => ({
    latex: `V^{\\pi}(s) = \\sum_{a} \\pi(a \\mid s) \\sum_{s', r} p(s', r \\mid s, a) \\left[ r + ${s.g} V^{\\pi}(s') \\right]`,
    where: [
      `$\\pi(a \\mid s)$: the policy, the probability of action $a$ in state $s$.`,
      `$p(s', r \\mid s, a)$: the environment dynamics.`,
      `$${s.g} \\in [0, 1)$: the discount factor.`,
    ],
  }),
  convolution: (s) => ({
    latex: `(\\mathbf{I} \\ast \\mathbf{K})_{${s.i},${s.j}} = \\sum_{m=0}^{k-1} \\sum_{n=0}^{k-1} I_{${s.i}+m, ${s.j}+n} \\, K_{m,n}`,
    where: [
      `$\\mathbf{I}$: the input feature map and $\\mathbf{K}$ the $k \\times k$ kernel.`,
      `$${s.i}, ${s.j}$: the output position; $m, n$ run over the kernel.`,
    ],
  }),
  attention: (s) => ({
    latex: `\\operatorname{${s.op}}(\\mathbf{Q}, \\mathbf{K}, \\mathbf{V}) = \\operatorname{softmax}\\left(\\frac{\\mathbf{Q}\\mathbf{K}^\\top}{\\sqrt{d_k}}\\right)\\mathbf{V}`,
    where: [
      `$\\mathbf{Q} \\in \\mathbb{R}^{${s.n} \\times d_k}$: the queries, one row per position.`,
      `$\\mathbf{K} \\in \\mathbb{R}^{m \\times d_k}$, $\\mathbf{V} \\in \\mathbb{R}^{m \\times d_v}$: the keys and values.`,
      `$d_k$: the key dimension; the scaling keeps the logits at unit variance.`,
    ],
  }),
  fScore: (s) => ({
    latex: `F_{${s.g}} = \\frac{\\left(1 + ${s.g}^2\\right) \\mathrm{TP}}{\\left(1 + ${s.g}^2\\right)\\mathrm{TP} + ${s.g}^2 \\mathrm{FN} + \\mathrm{FP}}`,
    where: [
      `$\\mathrm{TP}, \\mathrm{FP}, \\mathrm{FN}$: true positives, false positives and false negatives.`,
      `$${s.g} > 0$: how much more recall weighs than precision.`,
    ],
  }),
  empiricalRisk: (s) => ({
    latex: `\\hat{\\boldsymbol{\\theta}} = \\operatorname*{arg\\,min}_{\\boldsymbol{\\theta}} \\frac{1}{${s.n}} \\sum_{${s.i}=1}^{${s.n}} \\ell\\left(f_{\\boldsymbol{\\theta}}(\\mathbf{${s.v}}_${s.i}), y_${s.i}\\right) + ${s.g} \\lVert \\boldsymbol{\\theta} \\rVert_1`,
    where: [
      `$(\\mathbf{${s.v}}_${s.i}, y_${s.i})$: the training examples, $${s.n}$ of them.`,
      `$\\ell$: the per-example loss and $f_{\\boldsymbol{\\theta}}$ the model.`,
      `$${s.g} \\ge 0$: the weight of the sparsity penalty.`,
    ],
  }),
  gaussian: (s) => ({
    latex: `p(\\mathbf{${s.v}}) = \\frac{1}{(2\\pi)^{d/2} \\lvert \\boldsymbol{\\Sigma} \\rvert^{1/2}} \\exp\\left(-\\frac{1}{2} (\\mathbf{${s.v}} - \\boldsymbol{\\mu})^\\top \\boldsymbol{\\Sigma}^{-1} (\\mathbf{${s.v}} - \\boldsymbol{\\mu})\\right)`,
    where: [
      `$\\mathbf{${s.v}} \\in \\mathbb{R}^{d}$: the point at which the density is evaluated.`,
      `$\\boldsymbol{\\mu}$: the mean and $\\boldsymbol{\\Sigma}$ the positive-definite covariance.`,
    ],
  }),
  kernel: (s) => ({
    latex: `k(\\mathbf{${s.v}}, \\mathbf{${s.w}}) = \\exp\\left(-\\frac{\\lVert \\mathbf{${s.v}} - \\mathbf{${s.w}} \\rVert_2^2}{2 \\ell^2}\\right), \\qquad f(\\mathbf{${s.v}}) = \\sum_{${s.i}=1}^{${s.n}} ${s.g}_${s.i} \\, y_${s.i} \\, k(\\mathbf{${s.v}}_${s.i}, \\mathbf{${s.v}}) + b`,
    where: [
      `$\\mathbf{${s.v}}, \\mathbf{${s.w}} \\in \\mathbb{R}^{d}$: inputs; $\\ell > 0$ the length scale.`,
      `$${s.g}_${s.i} \\ge 0$: the dual coefficients and $b$ the bias.`,
    ],
  }),
  recurrence: (s) => ({
    latex: `\\begin{aligned} \\mathbf{z}_t &= \\sigma\\left(\\mathbf{W}_z \\mathbf{${s.v}}_t + \\mathbf{U}_z \\mathbf{h}_{t-1} + \\mathbf{b}_z\\right) \\\\ \\tilde{\\mathbf{h}}_t &= \\tanh\\left(\\mathbf{W} \\mathbf{${s.v}}_t + \\mathbf{U} (\\mathbf{r}_t \\odot \\mathbf{h}_{t-1})\\right) \\\\ \\mathbf{h}_t &= (1 - \\mathbf{z}_t) \\odot \\mathbf{h}_{t-1} + \\mathbf{z}_t \\odot \\tilde{\\mathbf{h}}_t \\end{aligned}`,
    where: [
      `$\\mathbf{${s.v}}_t$: the input at time step $t$ and $\\mathbf{h}_t$ the hidden state.`,
      `$\\mathbf{z}_t, \\mathbf{r}_t$: the update and reset gates; $\\sigma$ is the logistic sigmoid.`,
      `$\\mathbf{W}, \\mathbf{U}, \\mathbf{b}$: learned weights and biases; $\\odot$ is the element-wise product.`,
    ],
  }),
  elbo: (s) => ({
    latex: `\\log p_{\\boldsymbol{\\theta}}(\\mathbf{${s.v}}) \\ge \\mathbb{E}_{q_{\\boldsymbol{\\phi}}(\\mathbf{z} \\mid \\mathbf{${s.v}})}\\left[\\log p_{\\boldsymbol{\\theta}}(\\mathbf{${s.v}} \\mid \\mathbf{z})\\right] - ${s.g} \\, D_{\\mathrm{KL}}\\left(q_{\\boldsymbol{\\phi}}(\\mathbf{z} \\mid \\mathbf{${s.v}}) \\parallel p(\\mathbf{z})\\right)`,
    where: [
      `$\\mathbf{${s.v}}$: an observation and $\\mathbf{z}$ the latent variable.`,
      `$q_{\\boldsymbol{\\phi}}$: the encoder (approximate posterior) and $p_{\\boldsymbol{\\theta}}$ the decoder.`,
      `$${s.g} \\ge 0$: the weight of the KL term ($1$ for the plain bound).`,
    ],
  }),
  policyGradient: (s) => ({
    latex: `\\nabla_{\\boldsymbol{\\theta}} J(\\boldsymbol{\\theta}) = \\mathbb{E}_{\\pi_{\\boldsymbol{\\theta}}}\\left[ \\sum_{t=0}^{T-1} \\nabla_{\\boldsymbol{\\theta}} \\log \\pi_{\\boldsymbol{\\theta}}(a_t \\mid s_t) \\left( G_t - b(s_t) \\right) \\right], \\qquad G_t = \\sum_{k=t}^{T-1} ${s.g}^{k-t} r_{k+1}`,
    where: [
      `$\\pi_{\\boldsymbol{\\theta}}$: the policy; $a_t, s_t$ the action and state at step $t$.`,
      `$G_t$: the discounted return from step $t$ and $b(s_t)$ a baseline.`,
      `$${s.g} \\in [0, 1]$: the discount factor; $T$ the episode length.`,
    ],
  }),
};

/** Concepts per category, and the equation templates that fit them. */
const CONCEPTS: Record<CategoryId, { names: readonly string[]; templates: readonly string[]; tags: readonly string[] }> = {
  'sequence-models': {
    names: ['recurrent cell', 'gated recurrent unit', 'LSTM state update', 'encoder hidden state', 'beam search score'],
    templates: ['recurrence', 'softmax'],
    tags: ['recurrent networks', 'sequence to sequence', 'decoding'],
  },
  attention: {
    names: ['dot-product attention', 'multi-query attention', 'cross-attention', 'attention pooling', 'relative position bias'],
    templates: ['attention', 'softmax'],
    tags: ['transformer', 'self-attention', 'positional encoding'],
  },
  activations: {
    names: ['exponential linear unit', 'softmax', 'sigmoid gate', 'rectifier', 'swish activation'],
    templates: ['piecewise', 'softmax'],
    tags: ['nonlinearity', 'output layer', 'activation'],
  },
  losses: {
    names: ['cross-entropy loss', 'hinge loss', 'focal loss', 'contrastive loss', 'squared error loss'],
    templates: ['crossEntropy', 'empiricalRisk'],
    tags: ['classification', 'regression', 'training objective'],
  },
  regularization: {
    names: ['weight penalty', 'dropout', 'label smoothing', 'mixup', 'elastic net penalty'],
    templates: ['empiricalRisk', 'crossEntropy'],
    tags: ['overfitting', 'weight decay', 'generalisation'],
  },
  normalization: {
    names: ['batch normalization', 'layer normalization', 'group normalization', 'RMS normalization', 'feature standardization'],
    templates: ['standardize'],
    tags: ['normalisation layer', 'preprocessing', 'training stability'],
  },
  optimization: {
    names: ['gradient descent step', 'momentum update', 'adaptive moment step', 'learning rate schedule', 'gradient clipping'],
    templates: ['adaptiveStep', 'empiricalRisk'],
    tags: ['optimiser', 'training', 'adaptive methods'],
  },
  metrics: {
    names: ['F-score', 'precision at k', 'balanced accuracy', 'mean reciprocal rank', 'recall'],
    templates: ['fScore'],
    tags: ['evaluation', 'confusion matrix', 'ranking'],
  },
  similarity: {
    names: ['Minkowski distance', 'cosine similarity', 'Mahalanobis distance', 'Jaccard index', 'Euclidean distance'],
    templates: ['minkowski', 'kernel'],
    tags: ['distance', 'similarity', 'metric space'],
  },
  probability: {
    names: ['Gaussian density', 'expectation', 'maximum likelihood estimate', 'Bayes rule', 'variance'],
    templates: ['gaussian', 'expectation'],
    tags: ['probability', 'estimation', 'distributions'],
  },
  'information-theory': {
    names: ['KL divergence', 'cross-entropy', 'mutual information', 'entropy', 'Jensen-Shannon divergence'],
    templates: ['divergence', 'expectation'],
    tags: ['information theory', 'divergence', 'entropy'],
  },
  'classical-ml': {
    names: ['ridge regression', 'logistic regression', 'k-means objective', 'naive Bayes', 'principal components'],
    templates: ['ridge', 'empiricalRisk', 'gaussian'],
    tags: ['linear models', 'clustering', 'supervised learning'],
  },
  'kernel-methods': {
    names: ['RBF kernel', 'support vector machine', 'kernel ridge regression', 'polynomial kernel', 'Gaussian process'],
    templates: ['kernel'],
    tags: ['kernels', 'SVM', 'margin'],
  },
  convolution: {
    names: ['2D convolution', 'cross-correlation', 'dilated convolution', 'max pooling', 'transposed convolution'],
    templates: ['convolution'],
    tags: ['vision', 'CNN', 'feature maps'],
  },
  'generative-models': {
    names: ['evidence lower bound', 'diffusion loss', 'adversarial objective', 'score matching', 'normalizing flow'],
    templates: ['elbo', 'expectation'],
    tags: ['generative', 'variational inference', 'latent variables'],
  },
  'reinforcement-learning': {
    names: ['Bellman equation', 'policy gradient', 'temporal-difference update', 'advantage estimate', 'Q-learning target'],
    templates: ['bellman', 'policyGradient'],
    tags: ['reinforcement learning', 'value function', 'policy'],
  },
};

const MODIFIERS = [
  'Weighted',
  'Smoothed',
  'Normalized',
  'Stochastic',
  'Regularized',
  'Generalized',
  'Sparse',
  'Adaptive',
  'Truncated',
  'Shifted',
  'Scaled',
  'Robust',
  'Kernelized',
  'Bayesian',
  'Bidirectional',
  'Gated',
  'Hierarchical',
  'Local',
  'Global',
  'Symmetric',
  'Centered',
  'Clipped',
  'Tempered',
  'Conditional',
  'Masked',
  'Multi-scale',
  'Low-rank',
  'Quantized',
  'Annealed',
  'Entropic',
  'Grouped',
  'Residual',
  'Decoupled',
  'Layer-wise',
  'Class-balanced',
  'Online',
  'Batched',
  'Empirical',
  'Causal',
  'Differentiable',
] as const;

const FORMS = [
  '',
  ' (per-example form)',
  ' gradient',
  ' with bias correction',
  ' (matrix form)',
  ' upper bound',
  ' (log-space form)',
  ' estimator',
];

const VERBS = ['Computes', 'Gives', 'Defines', 'Measures', 'Estimates', 'Updates'];
const PURPOSES = [
  'so that training stays stable when the inputs vary in scale',
  'which is cheap to evaluate on a minibatch',
  'as used in most modern implementations',
  'reducing to the classical form when the extra parameter is zero',
  'with the same asymptotic cost as the unweighted version',
  'and is differentiable almost everywhere',
];
/** What a reader might type instead of a synthetic entry's name (lowercase, 2–10 words). */
const DESCRIPTIONS = [
  'stable when the inputs vary in scale',
  'cheap to evaluate on a minibatch',
  'the form most implementations use',
  'reduces to the classical form',
  'same cost as the unweighted version',
  'differentiable almost everywhere',
];
const FIRST_NAMES = ['Ada', 'Alan', 'Grace', 'Yann', 'Geoffrey', 'Corinna', 'Vladimir', 'Leo', 'Judea', 'Daphne', 'Michael', 'Zoubin'];
const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Bengio',
  'Hinton',
  'Cortes',
  'Vapnik',
  'Breiman',
  'Pearl',
  'Koller',
  'Jordan',
  'Ghahramani',
];
const VENUES: readonly [SyntheticPaper['type'], string][] = [
  ['inproceedings', 'Advances in Neural Information Processing Systems'],
  ['inproceedings', 'Proceedings of the International Conference on Machine Learning'],
  ['inproceedings', 'International Conference on Learning Representations'],
  ['article', 'Journal of Machine Learning Research'],
  ['inproceedings', 'Proceedings of the International Conference on Artificial Intelligence and Statistics'],
  ['inproceedings', 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition'],
  ['article', 'Neural Computation'],
];
const OPERATOR_LETTERS = /[^A-Za-z]/g;

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function initials(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** A YAML scalar that is always read back as the same string. */
function yamlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Frontmatter + body, in the layout of the real entries. */
export function toMarkdown(entry: SyntheticEntry): string {
  const list = (key: string, items: readonly string[], indent = ''): string[] =>
    items.length === 0 ? [] : [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${yamlString(item)}`)];
  const lines = [
    '---',
    `title: ${yamlString(entry.title)}`,
    `category: ${entry.category}`,
    `summary: ${yamlString(entry.summary)}`,
    ...list('aliases', entry.aliases),
    ...list('describes', entry.describes),
    ...list('tags', entry.tags),
  ];
  if (entry.paper) {
    const p = entry.paper;
    lines.push(
      'paper:',
      `  title: ${yamlString(p.title)}`,
      ...list('authors', p.authors, '  '),
      `  year: ${p.year}`,
      `  type: ${p.type}`,
      `  ${p.type === 'article' ? 'journal' : 'booktitle'}: ${yamlString(p.venue)}`,
      `  url: ${p.url}`,
      ...(p.arxiv ? [`  arxiv: ${yamlString(p.arxiv)}`] : []),
      ...(p.doi ? [`  doi: ${p.doi}`] : []),
    );
  }
  // Synthetic formulas have no numerical check, so they say why, as real entries must.
  lines.push(
    ...list('related', entry.related),
    'unverified: A synthetic benchmark entry, with no reference to compare against.',
    '---',
    '',
    entry.body,
  );
  return lines.join('\n');
}

/** Path of an entry relative to content/equations/. */
export function entryPath(entry: SyntheticEntry): string {
  return `${entry.category}/${entry.id}.md`;
}

/**
 * `count` entries, the same for the same seed. Titles are unique combinations of a modifier,
 * a concept and a form; categories are taken round-robin so that every one is used.
 */
export function generateEntries(count: number, seed = 1): SyntheticEntry[] {
  const rng = seededRandom(seed);
  const categories = CATEGORIES.map((c) => c.id);
  const combos: { category: CategoryId; concept: string; modifier: string; form: string }[] = [];
  for (const category of categories) {
    for (const concept of CONCEPTS[category].names) {
      for (const modifier of MODIFIERS) for (const form of FORMS) combos.push({ category, concept, modifier, form });
    }
  }
  if (count > combos.length) throw new Error(`at most ${combos.length} synthetic entries can be generated, not ${count}`);
  // Round-robin over categories, random within each, so every size covers every category evenly.
  const perCategory = new Map<CategoryId, typeof combos>(categories.map((c) => [c, []]));
  for (const combo of sample(rng, combos, combos.length)) perCategory.get(combo.category)?.push(combo);
  const chosen: typeof combos = [];
  for (let k = 0; chosen.length < count; k += 1) {
    const combo = perCategory.get(categories[k % categories.length] as CategoryId)?.pop();
    if (combo) chosen.push(combo);
  }

  const drafts = chosen.map(({ category, concept, modifier, form }) => {
    const title = `${modifier} ${concept}${form}`;
    const base = `${modifier.toLowerCase()} ${concept}`;
    const { templates, tags } = CONCEPTS[category];
    const symbols: Symbols = {
      op: concept
        .split(/[\s-]+/)
        .map((w) => capitalize(w.replace(OPERATOR_LETTERS, '')))
        .join(''),
      v: pick(rng, ['x', 'z', 'u', 'a']),
      w: pick(rng, ['y', 'w', 'v']),
      i: pick(rng, ['i', 'n']),
      j: pick(rng, ['j', 'l']),
      n: pick(rng, ['N', 'M', 'K', 'D']),
      g: pick(rng, GREEK),
    };
    const formulas = sample(rng, templates, int(rng, 1, Math.min(2, templates.length))).map((t) => {
      const template = TEMPLATES[t];
      if (!template) throw new Error(`no template ${t}`);
      return template(symbols);
    });
    const aliases = sample(
      rng,
      [initials(base), base, `${concept} (${modifier.toLowerCase()})`, `${modifier.toLowerCase()}-${concept.replace(/\s+/g, '-')}`],
      int(rng, 0, 3),
    );
    const scope = pick(rng, ['a batch', 'a vector', 'a sequence', 'a dataset', 'a distribution']);
    const entry: SyntheticEntry = {
      id: slugify(title),
      category,
      title,
      summary: `${pick(rng, VERBS)} the ${base}${form.startsWith(' (') ? '' : form.toLowerCase()} over ${scope}, ${pick(rng, PURPOSES)}.`,
      aliases,
      describes: [`${base} of ${scope}`.toLowerCase(), ...sample(rng, DESCRIPTIONS, int(rng, 1, 2))],
      tags: sample(rng, tags, int(rng, 1, 3)),
      related: [],
      body: '',
    };
    if (rng() < 0.6) entry.paper = paper(rng, base);
    return { entry, formulas };
  });
  const entries = drafts.map((d) => d.entry);

  // Related ids: mostly the same category, sometimes one from anywhere; never itself.
  const byCategory = new Map<CategoryId, SyntheticEntry[]>(categories.map((c) => [c, []]));
  for (const e of entries) byCategory.get(e.category)?.push(e);
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  for (const { entry, formulas } of drafts) {
    const same = (byCategory.get(entry.category) ?? []).filter((e) => e !== entry);
    const related = new Set(sample(rng, same, int(rng, 1, 4)).map((e) => e.id));
    const other = pick(rng, entries);
    if (rng() < 0.5 && other !== entry) related.add(other.id);
    entry.related = [...related];
    entry.body = body(rng, entry, formulas, titles);
  }
  return entries;
}

function paper(rng: Rng, base: string): SyntheticPaper {
  const year = int(rng, 1986, 2024);
  const number = int(rng, 1, 19999);
  const common = {
    title: `${capitalize(base)}: ${pick(rng, ['a unified view', 'theory and practice', 'an empirical study', 'faster training with fewer steps'])}`,
    authors: sample(rng, FIRST_NAMES, int(rng, 1, 4)).map((first) => `${first} ${pick(rng, LAST_NAMES)}`),
    year,
  };
  const [type, venue] = pick(rng, VENUES);
  if (year < 2008) {
    const doi = `10.5555/synthetic.${year}.${number}`;
    return { ...common, type, venue, url: `https://doi.org/${doi}`, doi };
  }
  const arxiv = `${String(year % 100).padStart(2, '0')}${String(int(rng, 1, 12)).padStart(2, '0')}.${String(number).padStart(5, '0')}`;
  return { ...common, type, venue, url: `https://arxiv.org/abs/${arxiv}`, arxiv };
}

function body(rng: Rng, entry: SyntheticEntry, formulas: readonly Formula[], titles: ReadonlyMap<string, string>): string {
  const where = [...new Set(formulas.flatMap((f) => f.where))];
  const notes = [
    `The ${entry.title.toLowerCase()} is usually computed in floating point with $\\epsilon = 10^{-8}$ added where a denominator can vanish.`,
    `For a batch of $N$ examples the cost is $O(N d)$ time and $O(d)$ extra memory.`,
    `Setting the extra parameter to $0$ recovers the unweighted form; values in $[0.1, 1]$ are common in practice.`,
    `Gradients with respect to every input follow from the chain rule: $\\partial \\mathcal{L} / \\partial x_i = \\sum_j (\\partial \\mathcal{L} / \\partial y_j) (\\partial y_j / \\partial x_i)$.`,
  ];
  const links = entry.related.slice(0, 2).map((id) => `[${titles.get(id) ?? id}](/equations/${id}/)`);
  const lines: string[] = [];
  for (const f of formulas) lines.push('$$', f.latex, '$$', '');
  lines.push('## Where', '', ...where.map((w) => `- ${w}`), '', '## Notes', '', ...sample(rng, notes, int(rng, 1, 3)).map((n) => `- ${n}`));
  if (links.length > 0) lines.push(`- See also ${links.join(' and ')}.`);
  if (rng() < 0.3) {
    lines.push(
      '',
      '## Common mistake',
      '',
      'Writing the function name as bare letters, e.g. `softmax(x)` inside math, typesets it as a product of italic variables; use `\\operatorname{softmax}`.',
    );
  }
  lines.push('');
  return lines.join('\n');
}
