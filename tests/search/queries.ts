/**
 * The search-quality suite: what people type, and the entry they mean. Each query must put
 * its entry in the top 3 of the real built index; the suite fails below 95 % and prints the
 * misses. Grouped by kind of query so gaps show up by kind.
 */
export interface SearchCase {
  query: string;
  expected: string;
}

export const SEARCH_CASES: readonly SearchCase[] = [
  // Names
  { query: 'softmax', expected: 'softmax' },
  { query: 'relu', expected: 'relu' },
  { query: 'cross entropy', expected: 'cross-entropy' },
  { query: 'layer norm', expected: 'layer-normalization' },
  { query: 'layernorm', expected: 'layer-normalization' },
  { query: 'batch normalization', expected: 'batch-normalization' },
  { query: 'scaled dot-product attention', expected: 'scaled-dot-product-attention' },
  { query: 'multi-head attention', expected: 'multi-head-attention' },
  { query: 'positional encoding', expected: 'sinusoidal-positional-encoding' },
  { query: 'adam', expected: 'adam' },
  { query: 'focal loss', expected: 'focal-loss' },
  { query: 'huber', expected: 'huber-loss' },
  { query: 'cosine similarity', expected: 'cosine-similarity' },
  { query: 'bayes theorem', expected: 'bayes-theorem' },
  { query: 'lstm', expected: 'lstm-cell' },
  { query: 'gru', expected: 'gru-cell' },
  { query: 'q-learning', expected: 'q-learning' },
  { query: 'mahalanobis', expected: 'mahalanobis-distance' },
  { query: 'silhouette', expected: 'silhouette-score' },
  { query: 'gaussian mixture', expected: 'gaussian-mixture-model' },
  // Abbreviations and aliases
  { query: 'log loss', expected: 'binary-cross-entropy' },
  { query: 'BCE', expected: 'binary-cross-entropy' },
  { query: 'KL', expected: 'kl-divergence' },
  { query: 'GELU', expected: 'gelu' },
  { query: 'ridge', expected: 'l2-regularization' },
  { query: 'lasso', expected: 'l1-regularization' },
  { query: 'F1', expected: 'f1-score' },
  { query: 'AUC', expected: 'roc-auc' },
  { query: 'ELBO', expected: 'evidence-lower-bound' },
  { query: 'PPO', expected: 'ppo-clipped-objective' },
  { query: 'MSE', expected: 'mean-squared-error' },
  { query: 'RMSNorm', expected: 'rms-normalization' },
  { query: 'SwiGLU', expected: 'swiglu-feed-forward' },
  { query: 'RoPE', expected: 'rotary-positional-embedding' },
  { query: 'swish', expected: 'silu' },
  { query: 'NDCG', expected: 'ndcg' },
  { query: 'IoU', expected: 'intersection-over-union' },
  { query: 'SVD', expected: 'singular-value-decomposition' },
  { query: 'PCA', expected: 'principal-component-analysis' },
  { query: 'GAE', expected: 'generalized-advantage-estimation' },
  { query: 'sensitivity', expected: 'recall' },
  { query: 'z-score', expected: 'z-score-standardization' },
  // Words from summaries and notes, and synonyms
  { query: 'outliers', expected: 'huber-loss' },
  { query: 'reparameterization', expected: 'vae-reparameterization-trick' },
  { query: 'logistic function', expected: 'sigmoid' },
  { query: 'normal distribution', expected: 'gaussian-distribution' },
  { query: 'exploding gradients', expected: 'gradient-clipping-by-norm' },
  { query: 'learning rate warmup', expected: 'linear-warmup' },
  { query: 'decoupled weight decay', expected: 'adamw' },
  { query: 'class imbalance', expected: 'focal-loss' },
  { query: 'kernel trick', expected: 'svm-dual-problem' },
  // Symbols and LaTeX
  { query: '\\sqrt{d_k}', expected: 'scaled-dot-product-attention' },
  { query: 'sqrt d_k', expected: 'scaled-dot-product-attention' },
  { query: '\\log(1 - D(G(z)))', expected: 'gan-minimax-objective' },
  { query: '\\sigma(x)(1 - \\sigma(x))', expected: 'sigmoid-derivative' },
  { query: '\\max(0, x)', expected: 'relu' },
  { query: '\\bar{\\alpha}_t', expected: 'ddpm-forward-marginal' },
  { query: '\\|w\\|^2', expected: 'svm-hard-margin' },
];
