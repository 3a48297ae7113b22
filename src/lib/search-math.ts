/**
 * Math as people type it and as entries write it, read into one token stream, so that a
 * typed formula finds the entry whose equation contains it: `max(0, x)` and `\max(0, x)`,
 * `TP / (TP + FP)` and `\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`, `||w||_1` and
 * `\lVert \mathbf{w} \rVert_1`, `σ` and `\sigma` all give the same tokens.
 *
 * Tokens: names (`max`, `sigma`, `softmax`, `tp`: commands, upright text and, in queries, known
 * multi-letter words), single letters, digits runs, and the structure marks `_ ^ / + - = < >`
 * and `norm` / `abs` for the two kinds of bars. Fonts, sizes, spacing, braces, parentheses and
 * commas are dropped, and `\frac{a}{b}` reads as `a / b`.
 */

/** Unicode a reader may paste or type, as the LaTeX command it stands for. */
export const UNICODE: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ϵ: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  ϕ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
  Γ: 'Gamma',
  Δ: 'Delta',
  Θ: 'Theta',
  Λ: 'Lambda',
  Ξ: 'Xi',
  Π: 'Pi',
  Σ: 'Sigma',
  Φ: 'Phi',
  Ψ: 'Psi',
  Ω: 'Omega',
  '∑': 'sum',
  '∏': 'prod',
  '√': 'sqrt',
  '∞': 'infty',
  '∂': 'partial',
  '∇': 'nabla',
  '⊙': 'odot',
  '⊗': 'otimes',
  '∫': 'int',
  '⊤': 'top',
  '∝': 'propto',
  '∥': 'parallel',
  '‖': 'Vert',
  '−': '-',
  '≤': 'le',
  '≥': 'ge',
  '≠': 'ne',
  '·': 'cdot',
  '×': 'times',
  '∈': 'in',
  '∼': 'sim',
  '→': 'to',
  '≈': 'approx',
};

/** Commands that say nothing about which formula it is. */
const DROPPED = new Set(
  `left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr middle displaystyle textstyle scriptstyle quad qquad
  mathbf mathrm mathit mathsf mathtt mathcal mathbb mathfrak boldsymbol bm vec hat widehat tilde widetilde bar
  overline dot ddot cdot times ast limits nolimits label tag begin end cdots ldots dots vdots ddots colon mid`.split(/\s+/),
);
/** Commands whose argument is upright text: one name token per word. */
const TEXT = new Set(['text', 'textrm', 'textit', 'textbf', 'operatorname', 'mathrm', 'mathit', 'mathsf', 'mathtt']);
const FRACTIONS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);
/** Synonymous commands, as one token. */
const SAME: Record<string, string> = {
  varepsilon: 'epsilon',
  epsilon: 'epsilon',
  vartheta: 'theta',
  varphi: 'phi',
  varrho: 'rho',
  varsigma: 'sigma',
  varpi: 'pi',
  leq: 'le',
  geq: 'ge',
  leqslant: 'le',
  geqslant: 'ge',
  neq: 'ne',
  lVert: 'norm',
  rVert: 'norm',
  Vert: 'norm',
  lvert: 'abs',
  rvert: 'abs',
  vert: 'abs',
  top: 'top',
  intercal: 'top',
  to: 'to',
  rightarrow: 'to',
  leftarrow: 'gets',
  gets: 'gets',
};

/** Closes the tokens of a subscript, which open with `_`, so that they can be set aside. */
export const SUB_END = '_}';

/** The tokens without their subscripts: `x_{ij} - \mu_j` reads `x - mu`, as people type it. */
export function withoutSubscripts(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t === '_') depth++;
    else if (t === SUB_END) depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(t);
  }
  return out;
}

interface Cursor {
  src: string;
  i: number;
}

/** The source of a braced group starting at `c.i` (which is `{`), moving past it. */
function group(c: Cursor): string {
  let depth = 0;
  const start = c.i;
  for (; c.i < c.src.length; c.i++) {
    const ch = c.src[c.i];
    if (ch === '\\') c.i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      c.i++;
      return c.src.slice(start + 1, c.i - 1);
    }
  }
  return c.src.slice(start + 1);
}

/** An argument: a braced group, or the next single character or command. */
function argument(c: Cursor): string {
  while (c.src[c.i] === ' ') c.i++;
  if (c.src[c.i] === '{') return group(c);
  if (c.src[c.i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(c.src.slice(c.i));
    c.i += m?.[0].length ?? 1;
    return m?.[0] ?? '';
  }
  return c.src[c.i++] ?? '';
}

const letters = (word: string): string[] => Array.from(word.toLowerCase());

/**
 * The token stream of a formula. `names` are the multi-letter words a plain letter run may
 * stand for (a query's `max` or `TP`); in entries' LaTeX a letter run is a product of
 * single letters, so entries are read without it.
 */
export function mathTokens(source: string, names?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const src = Array.from(source)
    .map((ch) => (UNICODE[ch] ? ` \\${UNICODE[ch]} ` : ch))
    .join('');
  const c: Cursor = { src, i: 0 };
  while (c.i < src.length) {
    const ch = src[c.i] ?? '';
    if (ch === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(c.i));
      const name = m?.[1] ?? '';
      c.i += m?.[0].length ?? 1;
      if (name === '|') out.push('norm');
      else if (name === '{' || name === '}' || name === ',' || name === ';' || name === '!' || name === ' ') continue;
      else if (FRACTIONS.has(name)) out.push(...mathTokens(argument(c), names), '/', ...mathTokens(argument(c), names));
      else if (name === 'sqrt') {
        while (src[c.i] === ' ') c.i++;
        if (src[c.i] === '[') {
          const close = src.indexOf(']', c.i);
          c.i = close < 0 ? src.length : close + 1;
        }
        out.push('sqrt', ...mathTokens(argument(c), names));
      } else if (TEXT.has(name)) {
        if (src[c.i] === '*') c.i++;
        const text = argument(c).replace(/\\[,;:! ]/g, '');
        out.push(...(/\\/.test(text) ? mathTokens(text, names) : (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])));
      } else if (SAME[name]) out.push(SAME[name]);
      else if (DROPPED.has(name) || name.length === 1) continue;
      else out.push(name.toLowerCase());
    } else if (/[A-Za-z]/.test(ch)) {
      const run = /^[A-Za-z]+/.exec(src.slice(c.i))?.[0] ?? ch;
      c.i += run.length;
      const word = run.toLowerCase();
      out.push(...(run.length > 1 && names?.has(word) ? [word] : letters(run)));
    } else if (/[0-9]/.test(ch)) {
      const run = /^[0-9]+(?:\.[0-9]+)?/.exec(src.slice(c.i))?.[0] ?? ch;
      c.i += run.length;
      out.push(run);
    } else {
      c.i++;
      if (ch === '|') {
        // `||` (typed) is a norm; a single bar is an absolute value or a set size.
        if (src[c.i] === '|') {
          c.i++;
          out.push('norm');
        } else out.push('abs');
      } else if (ch === '_') out.push('_', ...mathTokens(argument(c), names), SUB_END);
      else if ('^/+-=<>'.includes(ch)) out.push(ch);
    }
  }
  return out;
}

/** True when a query is (partly) written as math rather than words. */
export function looksLikeMath(query: string): boolean {
  return /[\\_^{}=/+|()]/.test(query) || Array.from(query).some((ch) => ch in UNICODE && !/\p{L}/u.test(ch)) || /[α-ωΑ-Ω]/.test(query);
}

/** How far ahead the second token of a pair may sit: `p \log p` matches `p(x_i) \log p(x_i)`. */
const WINDOW = 4;

/**
 * How much of a typed formula an entry's formula contains, in [0, 1]: the share of the
 * query's tokens it has (rare tokens weigh more, via `weight`) and the share of the query's
 * token pairs it has in order, within a few tokens of each other.
 */
export function mathScore(
  query: readonly string[],
  entry: readonly string[],
  weight: (token: string) => number = () => 1,
  entryBare: readonly string[] = withoutSubscripts(entry),
): number {
  const bare = withoutSubscripts(query);
  // People leave indices out (`(x - \mu) / \sigma` for `(x_{ij} - \mu_j) / \sigma_j`): the
  // formulas are also compared with their subscripts set aside, in proportion to how much of the
  // query is outside subscripts (`||w||_1` must still tell the 1-norm from the 2-norm).
  const share = bare.length / query.length;
  return Math.max(structureScore(query, entry, weight), share > 0 ? share * structureScore(bare, entryBare, weight) : 0);
}

function structureScore(query: readonly string[], entry: readonly string[], weight: (token: string) => number): number {
  if (query.length === 0 || entry.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of entry) counts.set(t, (counts.get(t) ?? 0) + 1);
  let have = 0;
  let total = 0;
  for (const t of query) {
    const w = weight(t);
    total += w;
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      have += w;
      counts.set(t, n - 1);
    }
  }
  const unigrams = total > 0 ? have / total : 0;
  if (query.length === 1) return unigrams;
  const positions = new Map<string, number[]>();
  entry.forEach((t, i) => positions.set(t, [...(positions.get(t) ?? []), i]));
  // Pairs side by side count fully, pairs a few tokens apart partly; runs of three side by side
  // tell `\lVert w \rVert_1` from `\lVert w \rVert_2`.
  let pairs = 0;
  for (let k = 0; k + 1 < query.length; k++) {
    const a = positions.get(query[k] ?? '') ?? [];
    const b = new Set(positions.get(query[k + 1] ?? '') ?? []);
    if (a.some((i) => b.has(i + 1))) pairs += 1;
    else if (a.some((i) => [...b].some((j) => j > i && j - i <= WINDOW))) pairs += 0.6;
  }
  const runs = query.length - 2;
  let triples = 0;
  for (let k = 0; k < runs; k++) {
    const [x, y, z] = [query[k], query[k + 1], query[k + 2]];
    if ((positions.get(x ?? '') ?? []).some((i) => entry[i + 1] === y && entry[i + 2] === z)) triples++;
  }
  const pairShare = pairs / (query.length - 1);
  return runs > 0 ? 0.3 * unigrams + 0.45 * pairShare + 0.25 * (triples / runs) : 0.4 * unigrams + 0.6 * pairShare;
}
