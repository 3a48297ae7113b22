/**
 * The one list of categories. Every entry's `category` must be one of these ids;
 * the order here is the order of the site's navigation and home page.
 */
export interface Category {
  /** URL segment and frontmatter value, e.g. `losses` → `/losses/`. */
  readonly id: string;
  /** Human-readable name shown in navigation. */
  readonly title: string;
  /** One paragraph introducing the category on its page (plain text). */
  readonly intro: string;
}

export const CATEGORIES = [
  {
    id: 'sequence-models',
    title: 'Sequence models',
    intro:
      'Recurrent networks and the encoder–decoder machinery built on them: the Elman RNN, LSTM and GRU cells, sequence-to-sequence likelihoods and the decoding rules used to read a sequence out of a model.',
  },
  {
    id: 'attention',
    title: 'Attention and Transformers',
    intro:
      'Additive and multiplicative attention for encoder–decoder models, and the building blocks of the Transformer: scaled dot-product and multi-head attention, masks, positional encodings, feed-forward sublayers and the learning-rate schedule they are trained with.',
  },
  {
    id: 'activations',
    title: 'Activation functions',
    intro:
      'Element-wise nonlinearities applied between layers, and the output functions that turn logits into probabilities. Each entry states the function, its parameters and, where useful, its derivative.',
  },
  {
    id: 'losses',
    title: 'Loss functions',
    intro:
      'Objectives minimised during training, for regression, classification, ranking and representation learning. Each entry states whether it is written per example or averaged over a batch, and whether it takes probabilities or logits.',
  },
  {
    id: 'regularization',
    title: 'Regularization',
    intro:
      'Penalties and training-time techniques that reduce overfitting: norm penalties on the weights, weight decay, dropout, data mixing and constraints on the parameters.',
  },
  {
    id: 'normalization',
    title: 'Normalization',
    intro:
      'Layers and preprocessing steps that rescale activations or inputs: batch, layer, group, instance and RMS normalization, reparameterisations of the weights, and feature scaling.',
  },
  {
    id: 'optimization',
    title: 'Optimization',
    intro:
      'Update rules and schedules for fitting parameters by gradient methods, from plain gradient descent to Adam and AdamW, plus learning-rate schedules, gradient clipping and second-order steps.',
  },
  {
    id: 'metrics',
    title: 'Evaluation metrics',
    intro:
      'Numbers used to report how well a model does: classification metrics from the confusion matrix, ranking and retrieval metrics, regression errors, clustering agreement and the scores used for generated text and speech.',
  },
  {
    id: 'similarity',
    title: 'Similarity and distances',
    intro:
      'Measures of how alike two vectors, sets or events are: norms and metrics such as Euclidean and Mahalanobis distance, cosine similarity, set overlap and pointwise mutual information.',
  },
  {
    id: 'probability',
    title: 'Probability and statistics',
    intro:
      'The probability rules and distributions that machine-learning models are built from, and the estimation principles used to fit them: Bayes’ theorem, expectations, common densities, maximum likelihood and MAP.',
  },
  {
    id: 'information-theory',
    title: 'Information theory',
    intro:
      'Entropy and the quantities derived from it, which appear throughout machine learning as losses, regularisers and analysis tools: cross-entropy, KL and Jensen–Shannon divergence, and mutual information.',
  },
  {
    id: 'classical-ml',
    title: 'Classical machine learning',
    intro:
      'The models that predate deep learning and still anchor it: linear and logistic regression, naive Bayes, nearest neighbours, k-means and Gaussian mixtures, PCA, decision trees and boosting.',
  },
  {
    id: 'kernel-methods',
    title: 'SVMs and kernels',
    intro:
      'Support vector machines in their primal and dual forms and the kernel functions that let linear methods work in implicit feature spaces.',
  },
  {
    id: 'convolution',
    title: 'Convolution and vision',
    intro:
      'Convolution and cross-correlation as used in convolutional networks, their gradients, output-size and receptive-field arithmetic, pooling, and the box-overlap measures used in detection.',
  },
  {
    id: 'generative-models',
    title: 'Generative models',
    intro:
      'Objectives and identities behind generative adversarial networks, variational autoencoders, diffusion models, score matching and normalising flows.',
  },
  {
    id: 'reinforcement-learning',
    title: 'Reinforcement learning',
    intro:
      'Returns, value functions and the Bellman equations, temporal-difference learning, and the policy-gradient objectives used to train agents, from REINFORCE to PPO.',
  },
] as const satisfies readonly Category[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** The category ids as a non-empty tuple, the form `z.enum` needs. */
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

const byId = new Map<string, Category>(CATEGORIES.map((c) => [c.id, c]));

export function isCategoryId(value: string): value is CategoryId {
  return byId.has(value);
}

export function getCategory(id: string): Category {
  const category = byId.get(id);
  if (!category) {
    throw new Error(`Unknown category "${id}". Valid categories: ${CATEGORY_IDS.join(', ')}.`);
  }
  return category;
}
