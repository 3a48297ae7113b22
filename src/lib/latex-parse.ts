/**
 * The LaTeX subset that the site's checks can evaluate, and its parser: tokenizer →
 * recursive-descent parser → AST ({@link Expr}). src/lib/latex-eval.ts evaluates the AST
 * against a scope and documents what values, products and ranges mean. This comment is the only
 * description of the syntax that is accepted and how symbols are named. Anything outside the
 * subset throws {@link LatexEvalError}; nothing is guessed.
 *
 * The subset is frozen. A construct is added only when several entries need it. What a single
 * entry needs (its own function, an unusual reading of its notation) goes in that entry's
 * check, content/equations/<category>/<id>.check.ts, as a scope binding. It never becomes a
 * branch here or in latex-eval.ts.
 *
 * ## Naming of symbols in a scope
 * - Latin letters by themselves (`x`, `N`); Greek letters by name (`\alpha` → `alpha`,
 *   `\Sigma` → `Sigma`, `\ell` → `ell`); `\varepsilon`, `\varphi`, `\vartheta`, … → `epsilon`,
 *   `phi`, `theta`. `e` is Euler's number and `\pi` is π unless the scope binds `e` / `pi`.
 * - Bold fonts are ignored: `\mathbf{x}`, `\boldsymbol{x}` → `x`; `\boldsymbol{\mu}` → `mu`.
 *   Upright and text names: `\mathrm{TP}`, `\text{TP}`, `\operatorname{TP}`, `\mathit{pos}` → `TP`,
 *   `pos`. `\mathcal{L}` → `cal_L`. Bold digits (`\mathbf{1}`) are the plain number, which
 *   broadcasts like a vector of ones in element-wise operations.
 * - Accents prefix the name: `\hat{y}` → `hat_y`, `\tilde{x}` → `tilde_x`, `\bar{x}` and
 *   `\overline{x}` → `bar_x`, `\hat{\mathbf{m}}` → `hat_m`.
 * - Primes and star/plus/minus superscripts suffix the base name, wherever they are written:
 *   `x'` → `x_prime`, `x_2'` → `x_prime_2`, `\mathbf{w}^{*}` → `w_star`, `N_{+}` → `N_plus`.
 * - Subscripts: when the subscript is made of names and numbers, its *full name* is
 *   base + `_` + subscript (parts separated by `,`): `\beta_1` → `beta_1`, `d_{\text{model}}` →
 *   `d_model`, `\hat{\mathbf{m}}_t` → `hat_m_t`, `W_{xh}` → `W_xh`, `\eta_{\min}` → `eta_min`.
 *   If the scope binds the full name it is used, unless the subscript mentions the index of an
 *   enclosing `\sum`/`\prod`/`\max`/`\min` (then it always indexes). Otherwise the base must be
 *   an array and the subscript is a 1-based INDEX: `x_i` (i = 2) → `x[1]`, `x_{t-1}`,
 *   `W_{ij}` / `W_{i,j}` → `W[i-1][j-1]` (juxtaposed single symbols are separate indices).
 * - Superscripts are powers, except `^\top` (transpose), `^{-1}` on a matrix (inverse) and
 *   labels: `\mathbf{W}^Q` reads the binding `W^Q` when the scope has it (`\mathbf{W}_i^Q` reads
 *   `W_i^Q`, or `W^Q` indexed by i); `^{\text{new}}` is always a label.
 * - `\operatorname{f}(…)`, and a bare symbol followed by parentheses (`\sigma(x)`, `f(x)`,
 *   `h_m(x)`), is a call when the scope binds a function under that (full) name; otherwise
 *   the symbol multiplies the parenthesised expression. Subscripted function names use the
 *   full name: `\operatorname{Swish}_{\beta}(x)` calls `Swish_beta`. Functions receive plain
 *   arrays. A conditional bar in the arguments, `p(x \mid y)` or `\mathcal{N}(x \mid \mu, s)`,
 *   calls `p_given` (or `cal_N_given`) with (x, y) when the scope binds it, else `p` itself, so
 *   a joint `p(x, y)` and a conditional `p(x \mid y)` can be told apart. An indexed call `f_i(x)`
 *   (or `f_{t-1}(x)`, or `f_m(x)` inside `\sum_m`) whose full name is not a bound function, while
 *   `f` is, calls `f(x, i)`: the subscript's values are appended to the arguments.
 * - Gradients are given by the scope, never computed: `\nabla_{\boldsymbol{\theta}} \mathcal{L}(\boldsymbol{\theta}_t)`
 *   calls the binding `nabla_theta_cal_L` (`nabla` + the subscript's name + the function's name),
 *   and `\nabla_{g} L` without arguments reads the binding `nabla_g_L`; `\nabla f(x)` calls `nabla_f`.
 * - `100\%` is 100/100 (a percent sign after a factor).
 *
 * ## Not supported (throws LatexEvalError)
 * The message names the construct. These come from the {@link UNSUPPORTED} table, in its order:
 * - `\mid` and `\middle` outside the parentheses of a call (conditional probability);
 * - `\sim` (distributions);
 * - `\int`, `\oint`, `\lim`, `\sup`, `\inf`, `\to` (integrals and limits);
 * - `\partial` (derivatives);
 * - `\parallel` (divergence arguments);
 * - `\in` outside a `\sum`/`\prod`/`\max`/`\min` range, `\notin`, `\cap`, `\cup`, `\setminus`,
 *   `\{…\}` (sets; `\max\{a, b\}` is still a maximum);
 * - `\dots`, `\cdots`, `\ldots`, `\vdots`, `\ddots` (ellipses);
 * - `\approx`, `\propto`, `\leftarrow` (relations; {@link equationSides} can split at them);
 * - `\ast`, `\star`, `*` (convolutions), except as a name suffix (`w^{*}`);
 * - `\Pr`, `\pm`, a percent sign that follows no factor (`\%`, `%`), factorials `n!`;
 * - `=` (split the equation with {@link equationSides}), and `&` or `\\` outside an
 *   environment (split the rows with {@link equationRows}).
 *
 * The parser also rejects:
 * - `\mathbb{E}` (expectations) and other blackboard bold, except the indicator
 *   `\mathbb{I}[condition]`;
 * - derivatives written `\frac{d}{dx}` or `\frac{d f}{d x}`;
 * - `\operatorname*{arg\,max}` and `arg min`;
 * - `\sin^{-1}` and other inverse-function notation (`\det^{-1}` is a power);
 * - parenthesised superscript labels `w^{(m)}`, and a prime or star on a non-symbol (`(x+1)'`);
 * - environments other than `cases`, `matrix`, `pmatrix`, `bmatrix` and `Bmatrix`
 *   (split `aligned`, `gathered` and `split` with {@link equationRows} first);
 * - `\text{…}` that is neither a name nor a number (`\text{ROUGE-}n`, `\text{ is terminal}`),
 *   and the words if/otherwise/else/and/or/for/when/where outside a `cases` condition;
 * - accents on anything but one symbol (`\hat{x_1}`, `\hat{xy}`);
 * - `\nabla` not followed by a function name, or with a subscript that is not a name;
 * - `\max`/`\min` without a subscript range or parenthesised arguments, and
 *   `\sum`/`\prod`/`\max`/`\min` ranges other than those in latex-eval.ts ("Ranges");
 * - two numbers side by side (`10\,000`), a built-in function given several arguments
 *   (`\cos(a, b)`), any other command (`\foo`: "unexpected \foo") and unbalanced groups.
 *
 * The evaluator also rejects matrix powers other than `^{-1}` and `^\top`, matrix norms other
 * than the Frobenius norm, unbound symbols and shape mismatches.
 */

/** Unsupported syntax, unbound symbols, shape errors; the message says what and where. */
export class LatexEvalError extends Error {
  override name = 'LatexEvalError';
}

// ───────────────────────────── tokenizer ─────────────────────────────

type TokKind = 'num' | 'letter' | 'cmd' | 'word' | 'op' | 'begin' | 'end' | 'sym' | 'eof';
interface Token {
  kind: TokKind;
  text: string;
  pos: number;
}

/** Spacing, sizing and style commands carry no meaning for the value; `\left`/`\right` keep their delimiter. */
const IGNORED = new Set(
  (
    ', ; : ! > quad qquad displaystyle textstyle limits nolimits mathbf boldsymbol bm pmb mathbfit ' +
    'big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr bigm Bigm'
  ).split(' '),
);
/** Commands whose braced argument is read as raw text (a name). */
const WORD_CMDS = new Set(['text', 'textrm', 'textit', 'textnormal', 'textsf', 'mathrm', 'mathit', 'mathsf', 'mathtt', 'operatorname']);

function readGroup(src: string, from: number): { content: string; end: number } {
  let j = from;
  while (/\s/.test(src.charAt(j))) j++;
  if (src.charAt(j) !== '{') {
    if (j >= src.length) throw new LatexEvalError(`missing argument at position ${from}`);
    return { content: src.charAt(j), end: j + 1 };
  }
  let depth = 0;
  for (let k = j; k < src.length; k++) {
    const c = src.charAt(k);
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { content: src.slice(j + 1, k), end: k + 1 };
  }
  throw new LatexEvalError(`unbalanced braces at position ${j}`);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    const pos = i;
    if (/\s/.test(c) || c === '~') {
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(src.slice(i));
    if (num) {
      out.push({ kind: 'num', text: num[0], pos });
      i += num[0].length;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      out.push({ kind: 'letter', text: c, pos });
      i++;
      continue;
    }
    if (c !== '\\') {
      out.push({ kind: 'sym', text: c, pos });
      i++;
      continue;
    }
    const m = /^\\([A-Za-z]+)/.exec(src.slice(i));
    if (!m) {
      const s = src.charAt(i + 1);
      i += 2;
      if (s === '\\') out.push({ kind: 'cmd', text: '\\\\', pos });
      else if (!IGNORED.has(s) && !/\s/.test(s)) out.push({ kind: 'cmd', text: s, pos });
      continue;
    }
    const name = m[1] ?? '';
    i += m[0].length;
    if (name === 'operatorname' && src.charAt(i) === '*') i++;
    if (name === 'left' || name === 'right') {
      while (/\s/.test(src.charAt(i))) i++;
      if (src.charAt(i) === '.') i++; // \left. and \right. are invisible
    } else if (name === 'vert') out.push({ kind: 'sym', text: '|', pos });
    else if (name === 'Vert') out.push({ kind: 'cmd', text: '|', pos });
    else if (WORD_CMDS.has(name) || name === 'begin' || name === 'end') {
      const { content, end } = readGroup(src, i);
      i = end;
      const kind = name === 'begin' || name === 'end' ? name : name === 'operatorname' ? 'op' : 'word';
      const text = content
        .replace(/\\[,;:! ]|~/g, '')
        .trim()
        .replace(/[.,;:]+$/, '')
        .trim();
      out.push({ kind, text, pos });
    } else if (!IGNORED.has(name)) out.push({ kind: 'cmd', text: name, pos });
  }
  out.push({ kind: 'eof', text: '', pos: src.length });
  return out;
}

// ───────────────────────────── AST ─────────────────────────────

export type Rel = '<' | '<=' | '>' | '>=' | '=' | '!=';
type BinOp = 'add' | 'sub' | 'mul' | 'cdot' | 'times' | 'odot' | 'div';
/** A subscript: its full-name part (when it is made of names and numbers) and its index expressions. */
export interface Sub {
  key: string | undefined;
  indices: Expr[];
}
/** `\lvert S \rvert` of a lone upper-case or calligraphic symbol (`Q`, `C_l`, `\mathcal{R}`) names the size of a set. */
const isSetName = (e: Expr): boolean => e.type === 'sym' && /^(cal_)?[A-Z]/.test(e.name);

export type Expr =
  | { type: 'num'; value: number; pos: number }
  | { type: 'sym'; name: string; sub: Sub | undefined; op: boolean; pos: number }
  | { type: 'label'; sym: SymExpr; label: string; power: Expr | undefined; pos: number }
  | { type: 'neg'; arg: Expr; pos: number }
  | { type: 'bin'; op: BinOp; left: Expr; right: Expr; pos: number }
  | { type: 'pow'; base: Expr; exp: Expr; pos: number }
  | { type: 'transpose'; arg: Expr; pos: number }
  | { type: 'index'; base: Expr; indices: Expr[]; pos: number }
  | { type: 'fn'; name: string; arg: Expr; logBase: Expr | undefined; pos: number }
  | { type: 'root'; arg: Expr; degree: Expr | undefined; pos: number }
  | { type: 'norm'; arg: Expr; p: Expr | undefined; pos: number }
  | { type: 'minmax'; op: 'max' | 'min'; args: Expr[]; pos: number }
  /** `[\mathbf{a}; \mathbf{b}]`: vectors (or scalars) stacked into one column vector. */
  | { type: 'concat'; parts: Expr[]; pos: number }
  | { type: 'binom'; n: Expr; k: Expr; pos: number }
  | {
      type: 'reduce';
      op: 'sum' | 'prod' | 'max' | 'min';
      index: string;
      from: Expr | undefined;
      to: Expr | undefined;
      exclude: Expr | undefined;
      /** `\sum_{x \in S}`: the index runs over the elements of S instead of a range. */
      over?: Expr;
      /** `\sum_{i : y_i = 1}`, `\sum_{j \in S, j \ne i}`: only the values of the index that satisfy it. */
      where?: Expr;
      body: Expr;
      pos: number;
    }
  | { type: 'apply'; callee: SymExpr; args: Expr[]; given?: true; asCall: Expr; asProduct: Expr | undefined; pos: number }
  /** `given`: written `f(a \mid b, c)`; calls the binding `f_given` when there is one, else `f`, with (a, b, c). */
  | { type: 'call'; callee: SymExpr; args: Expr[]; given?: true; pos: number }
  | { type: 'cases'; rows: { value: Expr; cond: Expr | undefined }[]; pos: number }
  | { type: 'compare'; ops: Rel[]; operands: Expr[]; pos: number }
  | { type: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr; pos: number }
  | { type: 'matrix'; rows: Expr[][]; pos: number };
export type SymExpr = Extract<Expr, { type: 'sym' }>;
type PostOp = { kind: 'index'; indices: Expr[] } | { kind: 'pow'; exp: Expr } | { kind: 'transpose' };

const GREEK = new Set(
  (
    'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega ' +
    'Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ell'
  ).split(' '),
);
/** A lookup from groups written as `{ value: 'key1 key2 …' }`. */
function invert<V extends string>(groups: Record<V, string>): Record<string, V> {
  return Object.fromEntries(Object.entries<string>(groups).flatMap(([v, keys]) => keys.split(' ').map((k) => [k, v as V])));
}
const VARIANTS = invert({
  epsilon: 'varepsilon',
  theta: 'vartheta',
  phi: 'varphi',
  rho: 'varrho',
  sigma: 'varsigma',
  pi: 'varpi',
  kappa: 'varkappa',
});
const BUILTINS = new Set(['exp', 'log', 'ln', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'det']);
const ACCENTS = invert({ hat: 'hat widehat', tilde: 'tilde widetilde', bar: 'bar overline' });
const RELATIONS = invert<Rel>({ '<': '< lt', '<=': 'le leq leqslant', '>': '> gt', '>=': 'ge geq geqslant', '=': '=', '!=': 'ne neq' });
/** `x'`, `x^{*}`, `N_{+}`: name suffixes rather than powers or indices. */
const SUFFIXES = invert({ prime: 'prime', star: '* ast', plus: '+', minus: '-' });
const PRIMARY_CMDS = new Set([
  ...GREEK,
  ...Object.keys(VARIANTS),
  ...BUILTINS,
  ...Object.keys(ACCENTS),
  ...'infty frac dfrac tfrac cfrac sqrt lvert lVert lfloor lceil max min sum prod mathcal mathscr mathbb binom dbinom tbinom'.split(' '),
  'nabla',
]);
/** Why a construct is rejected, for the error message. */
export const UNSUPPORTED: Readonly<Record<string, string>> = invert({
  'conditional probability (\\mid)': 'mid middle',
  'distributions (\\sim)': 'sim',
  'integrals and limits': 'int oint lim sup inf to',
  'derivatives (\\partial)': 'partial',
  'divergence arguments (\\parallel)': 'parallel',
  'sets (\\in, \\cap, \\{…\\})': 'in notin cap cup setminus {',
  ellipses: 'dots cdots ldots vdots ddots',
  'relations other than the sides of an equation (\\approx, \\propto, \\leftarrow)': 'approx propto leftarrow',
  'convolutions (\\ast, \\star, *)': 'ast star *',
  'probabilities (\\Pr), \\pm, percent signs and factorials': 'Pr pm % !',
  "'=' inside a formula (split equations with equationSides)": '=',
  'alignment and line breaks outside an environment (use equationRows)': '& \\\\',
});
/** Words that only make sense inside a cases condition. */
const RESERVED = new Set(['if', 'otherwise', 'else', 'and', 'or', 'for', 'when', 'where']);

const num = (value: number, pos: number): Expr => ({ type: 'num', value, pos });
const bin = (op: BinOp, left: Expr, right: Expr): Expr => ({ type: 'bin', op, left, right, pos: left.pos });

/** The name form of a script part: symbols, numbers and juxtapositions of them (`ij`, `model`, `1`). */
function simpleName(e: Expr): string | undefined {
  if (e.type === 'sym' && !e.sub) return e.name;
  if (e.type === 'num') return String(e.value);
  if (e.type === 'bin' && e.op === 'mul') {
    const l = simpleName(e.left);
    const r = simpleName(e.right);
    return l !== undefined && r !== undefined ? l + r : undefined;
  }
  return undefined;
}

/** `W_{ij}`: a juxtaposition of bare symbols is a list of indices, not a product. */
function splitIndices(e: Expr): Expr[] {
  const leaves: Expr[] = [];
  const walk = (x: Expr): boolean => {
    if (x.type === 'bin' && x.op === 'mul') return walk(x.left) && walk(x.right);
    leaves.push(x);
    return x.type === 'sym' && !x.sub;
  };
  return walk(e) && leaves.length > 1 ? leaves : [e];
}

function leftmost(e: Expr): Expr {
  return e.type === 'bin' && e.op === 'mul' ? leftmost(e.left) : e;
}

class Parser {
  private i = 0;
  /** Open bare `|…|` and `\|…\|` pairs: inside one, the same bar closes instead of opening. */
  private bars = 0;
  private norms = 0;

  constructor(
    private readonly src: string,
    private readonly toks: Token[],
  ) {}

  parse(): Expr {
    if (this.peek().kind === 'eof') this.fail('empty formula', this.peek());
    const e = this.expr();
    if (this.peek().kind !== 'eof') this.unexpected(this.peek());
    return e;
  }

  private peek(offset = 0): Token {
    return this.toks[Math.min(this.i + offset, this.toks.length - 1)] ?? { kind: 'eof', text: '', pos: this.src.length };
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  private is(t: Token, kind: TokKind, ...texts: string[]): boolean {
    return t.kind === kind && (texts.length === 0 || texts.includes(t.text));
  }
  private eat(kind: TokKind, ...texts: string[]): boolean {
    if (!this.is(this.peek(), kind, ...texts)) return false;
    this.next();
    return true;
  }
  private expect(kind: TokKind, text: string): void {
    if (!this.eat(kind, text)) this.unexpected(this.peek(), `expected ${kind === 'cmd' ? '\\' : ''}${text}`);
  }
  private fail(message: string, t: Token): never {
    const snippet = this.src.slice(Math.max(0, t.pos - 20), t.pos + 20).replace(/\s+/g, ' ');
    throw new LatexEvalError(`${message} at position ${t.pos} (…${snippet}…)`);
  }
  private unexpected(t: Token, expected?: string): never {
    const what = t.kind === 'eof' ? 'end of formula' : t.kind === 'cmd' && t.text !== '\\\\' ? `\\${t.text}` : `"${t.text}"`;
    const reason = t.kind === 'cmd' || t.kind === 'sym' ? UNSUPPORTED[t.text] : undefined;
    if (reason !== undefined) this.fail(`unsupported: ${reason}: ${what}`, t);
    return this.fail(`unexpected ${what}${expected === undefined ? '' : ` (${expected})`}`, t);
  }

  /** expr := term (('+' | '-') term)* */
  private expr(): Expr {
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (this.is(t, 'sym', '+', '-')) {
        this.next();
        left = bin(t.text === '+' ? 'add' : 'sub', left, this.term());
      } else return left;
    }
  }

  /** A unary sign binds looser than products and powers: -x^2 = -(x^2), -ab = -(ab). */
  private term(): Expr {
    const t = this.peek();
    if (this.eat('sym', '-')) return { type: 'neg', arg: this.term(), pos: t.pos };
    if (this.eat('sym', '+')) return this.term();
    return this.product(false);
  }

  /**
   * Products, left to right: explicit `\cdot \times \odot /` and juxtaposition. In `argMode`
   * (the argument of `\log p_k` without parentheses) only juxtaposition continues, and a
   * following function or big operator starts a new factor of the outer product.
   */
  private product(argMode: boolean): Expr {
    let left = this.postfix();
    for (;;) {
      const t = this.peek();
      const explicit: Record<string, BinOp> = { cdot: 'cdot', times: 'times', odot: 'odot', div: 'div' };
      const op = t.kind === 'cmd' ? explicit[t.text] : this.is(t, 'sym', '/') ? 'div' : undefined;
      if (this.is(t, 'cmd', '%')) {
        this.next(); // `100\%` is 100/100
        left = bin('div', left, num(100, t.pos));
      } else if (op !== undefined) {
        if (argMode) return left;
        this.next();
        left = bin(op, left, this.postfix());
      } else if (this.startsFactor(t)) {
        if (argMode && t.kind === 'cmd' && (BUILTINS.has(t.text) || ['max', 'min', 'sum', 'prod'].includes(t.text))) return left;
        const right = this.postfix();
        // `10\,000` is a thousands separator in print, not a product.
        if (right.type === 'num' && (left.type === 'num' || (left.type === 'bin' && left.right.type === 'num'))) {
          this.fail('two numbers side by side are ambiguous', t);
        }
        left = bin('mul', left, right);
      } else return left;
    }
  }

  private startsFactor(t: Token): boolean {
    switch (t.kind) {
      case 'word':
        return !RESERVED.has(t.text);
      case 'num':
      case 'letter':
      case 'op':
      case 'begin':
        return true;
      case 'sym':
        return ['(', '[', '{'].includes(t.text) || (t.text === '|' && this.bars === 0);
      case 'cmd':
        return PRIMARY_CMDS.has(t.text) || (t.text === '|' && this.norms === 0);
      default:
        return false;
    }
  }

  private postfix(): Expr {
    const base = this.primary();
    return base.type === 'sym' && !base.sub ? this.symScripts(base) : this.applyOps(base, this.postOps());
  }

  /** Scripts after a non-symbol: indices, powers, transposes. */
  private postOps(): PostOp[] {
    const ops: PostOp[] = [];
    for (;;) {
      const t = this.peek();
      if (this.eat('sym', '_')) ops.push({ kind: 'index', indices: this.subscript().indices });
      else if (this.eat('sym', '^')) {
        const sup = this.superscript();
        if (sup.kind === 'suffix') this.fail('a prime or star on a non-symbol is not supported', t);
        ops.push(sup.kind === 'transpose' ? { kind: 'transpose' } : { kind: 'pow', exp: sup.expr });
      } else if (this.is(t, 'sym', "'")) this.fail('a prime on a non-symbol is not supported', t);
      else return ops;
    }
  }

  private applyOps(base: Expr, ops: PostOp[]): Expr {
    return ops.reduce<Expr>((e, op) => {
      if (op.kind === 'index') return { type: 'index', base: e, indices: op.indices, pos: e.pos };
      if (op.kind === 'pow') return { type: 'pow', base: e, exp: op.exp, pos: e.pos };
      return { type: 'transpose', arg: e, pos: e.pos };
    }, base);
  }

  /** Scripts of a symbol: they may be part of its name (see the module comment). */
  private symScripts(s: SymExpr): Expr {
    let name = s.name;
    let sub: Sub | undefined;
    let sup: Exclude<ReturnType<Parser['superscript']>, { kind: 'suffix' }> | undefined;
    for (;;) {
      if (this.eat('sym', "'")) name += '_prime';
      else if (!sub && this.eat('sym', '_')) sub = this.subscript();
      else if (!sup && this.eat('sym', '^')) {
        const s2 = this.superscript();
        if (s2.kind === 'suffix') name += `_${s2.suffix}`;
        else sup = s2;
      } else break;
    }
    const sym: SymExpr = { ...s, name, sub };
    const callable = this.is(this.peek(), 'sym', '(');
    if (!sup) return callable ? this.apply(sym, undefined) : sym;
    if (sup.kind === 'transpose') return this.applyOps({ type: 'transpose', arg: sym, pos: s.pos }, this.postOps());
    if (s.op && callable && !sup.forced) return this.apply(sym, sup.expr); // \operatorname{sech}^{2}(x)
    const label = simpleName(sup.expr);
    if (label !== undefined && /^[A-Za-z]/.test(label)) {
      return { type: 'label', sym, label, power: sup.forced ? undefined : sup.expr, pos: s.pos };
    }
    return { type: 'pow', base: sym, exp: sup.expr, pos: s.pos };
  }

  /** `f(a, b)`: a call if `f` is a bound function at evaluation time, else `f · (a)`. */
  private apply(callee: SymExpr, power: Expr | undefined): Expr {
    const open = this.next();
    const args = [this.expr()];
    let given = false;
    for (;;) {
      if (this.eat('sym', ',', ';')) args.push(this.expr());
      else if (!given && this.eat('cmd', 'mid')) {
        given = true;
        args.push(this.expr());
      } else break;
    }
    this.expect('sym', ')');
    const ops = this.postOps();
    const mark = given ? { given: true as const } : {};
    const call: Expr = { type: 'call', callee, args, ...mark, pos: open.pos };
    const asCall = this.applyOps(power ? { type: 'pow', base: call, exp: power, pos: open.pos } : call, ops);
    const [only] = args;
    const asProduct = args.length === 1 && only && !power ? this.applyOps(only, ops) : undefined;
    return { type: 'apply', callee, args, ...mark, asCall, asProduct: given ? undefined : asProduct, pos: callee.pos };
  }

  /** A single-token argument (`\frac12`, `x^2`, `\sqrt x`); a multi-digit number gives only its first digit, as in TeX. */
  private atom(): Expr {
    const t = this.peek();
    if (t.kind === 'num' && t.text.length > 1) {
      this.toks[this.i] = { kind: 'num', text: t.text.slice(1), pos: t.pos + 1 };
      return num(Number(t.text.charAt(0)), t.pos);
    }
    if (t.kind === 'num' || t.kind === 'letter' || t.kind === 'word' || t.kind === 'cmd') return this.primary();
    return this.unexpected(t, 'expected an argument');
  }

  private arg(): Expr {
    if (!this.eat('sym', '{')) return this.atom();
    const e = this.expr();
    this.expect('sym', '}');
    return e;
  }

  private subscript(): Sub {
    const [a, b, c] = [this.peek(), this.peek(1), this.peek(2)];
    if (this.is(a, 'sym', '{') && this.is(c, 'sym', '}')) {
      const suffix = b.kind === 'sym' || b.kind === 'cmd' ? SUFFIXES[b.text] : undefined;
      const word = b.kind === 'cmd' && (BUILTINS.has(b.text) || b.text === 'max' || b.text === 'min') ? b.text : undefined;
      if (suffix !== undefined || word !== undefined) {
        this.i += 3;
        return { key: suffix ?? word, indices: [] };
      }
    }
    const parts: Expr[] = [];
    if (this.eat('sym', '{')) {
      do parts.push(this.expr());
      while (this.eat('sym', ','));
      this.expect('sym', '}');
    } else parts.push(this.atom());
    const names = parts.map(simpleName);
    const key = names.every((n) => n !== undefined) ? names.join(',') : undefined;
    return { key, indices: parts.flatMap(splitIndices) };
  }

  private superscript(): { kind: 'suffix'; suffix: string } | { kind: 'transpose' } | { kind: 'expr'; expr: Expr; forced: boolean } {
    const braced = this.is(this.peek(), 'sym', '{');
    const first = this.peek(braced ? 1 : 0);
    const single = !braced || this.is(this.peek(2), 'sym', '}');
    if (single && (first.kind === 'cmd' || first.kind === 'sym')) {
      const suffix = SUFFIXES[first.text];
      const transpose = first.kind === 'cmd' && ['top', 'intercal'].includes(first.text);
      if (suffix !== undefined || transpose) {
        this.i += braced ? 3 : 1;
        return suffix !== undefined ? { kind: 'suffix', suffix } : { kind: 'transpose' };
      }
    }
    if (braced && this.is(first, 'sym', '(')) {
      let depth = 0;
      let k = 1;
      for (; this.peek(k).kind !== 'eof'; k++) {
        const t = this.peek(k);
        if (this.is(t, 'sym', '(')) depth++;
        if (this.is(t, 'sym', ')') && --depth === 0) break;
      }
      if (this.is(this.peek(k + 1), 'sym', '}') || this.is(this.peek(k + 1), 'cmd', 'top')) {
        this.fail('parenthesised superscript labels such as ^{(m)} are not supported', first);
      }
    }
    const forced = (first.kind === 'word' && single) || (!braced && first.kind === 'word');
    return { kind: 'expr', expr: this.arg(), forced };
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'num':
        return num(Number(t.text), t.pos);
      case 'letter':
        return { type: 'sym', name: t.text, sub: undefined, op: false, pos: t.pos };
      case 'word':
      case 'op':
        return this.word(t);
      case 'begin':
        return this.environment(t);
      case 'sym':
        return this.group(t);
      case 'cmd':
        return this.command(t);
      default:
        return this.unexpected(t);
    }
  }

  private word(t: Token): Expr {
    if (t.kind === 'op' && /^arg ?(max|min)$/.test(t.text)) this.fail(`unsupported: \\operatorname*{${t.text}}`, t);
    if (/^\d+(\.\d+)?$/.test(t.text)) return num(Number(t.text), t.pos);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(t.text)) this.fail(`unsupported text "${t.text}"`, t);
    if (t.kind === 'word' && RESERVED.has(t.text)) this.fail(`unexpected \\text{${t.text}} outside a cases condition`, t);
    return { type: 'sym', name: t.text, sub: undefined, op: t.kind === 'op', pos: t.pos };
  }

  private group(t: Token): Expr {
    if (t.text === '|') {
      this.bars++;
      const arg = this.expr();
      this.expect('sym', '|');
      this.bars--;
      return { type: 'fn', name: isSetName(arg) ? 'card' : 'abs', arg, logBase: undefined, pos: t.pos };
    }
    const close = { '(': ')', '[': ']', '{': '}' }[t.text];
    if (close === undefined) return this.unexpected(t);
    const [bars, norms] = [this.bars, this.norms];
    this.bars = this.norms = 0;
    const e = this.expr();
    const parts = [e];
    if (close === ']') while (this.eat('sym', ';')) parts.push(this.expr());
    [this.bars, this.norms] = [bars, norms];
    if (parts.length > 1) {
      this.expect('sym', ']');
      return { type: 'concat', parts, pos: t.pos };
    }
    if (close === '}') this.expect('sym', '}');
    else if (!this.eat('sym', ')', ']')) this.unexpected(this.peek(), `expected ${close}`);
    return e;
  }

  private delimited(close: string, kind: TokKind = 'cmd'): Expr {
    const e = this.expr();
    this.expect(kind, close);
    return e;
  }

  private command(t: Token): Expr {
    const name = t.text;
    const pos = t.pos;
    if (GREEK.has(name) || name in VARIANTS) return { type: 'sym', name: VARIANTS[name] ?? name, sub: undefined, op: false, pos };
    const accent = ACCENTS[name];
    if (accent !== undefined) {
      const a = this.arg();
      if (a.type !== 'sym' || a.sub) this.fail(`\\${name} is supported on a single symbol only`, t);
      return { ...a, name: `${accent}_${a.name}` };
    }
    if (BUILTINS.has(name)) return this.builtin(t);
    switch (name) {
      case 'nabla': {
        // `\nabla_{x} f(…)`: one symbol named nabla_x_f, read or called like any other (see the module comment).
        const sub = this.eat('sym', '_') ? this.subscript() : undefined;
        if (sub && sub.key === undefined) this.fail('\\nabla_{…} needs a variable name as its subscript', t);
        const f = this.peek().kind === 'eof' ? undefined : this.primary();
        if (f?.type !== 'sym' || f.sub) return this.fail('\\nabla must be followed by the name of a function', t);
        return { ...f, name: ['nabla', sub?.key, f.name].filter((x) => x !== undefined).join('_') };
      }
      case 'infty':
        return num(Infinity, pos);
      case 'frac':
      case 'dfrac':
      case 'tfrac':
      case 'cfrac': {
        const n = this.arg();
        const d = this.arg();
        const isD = (e: Expr) => e.type === 'sym' && e.name === 'd' && !e.sub;
        if (isD(leftmost(n)) && isD(leftmost(d)) && d.type === 'bin') this.fail('unsupported: derivatives (d/dx)', t);
        return bin('div', n, d);
      }
      case 'sqrt': {
        const degree = this.eat('sym', '[') ? this.delimited(']', 'sym') : undefined;
        return { type: 'root', arg: this.arg(), degree, pos };
      }
      case 'lvert': {
        const arg = this.delimited('rvert');
        return { type: 'fn', name: isSetName(arg) ? 'card' : 'abs', arg, logBase: undefined, pos };
      }
      case 'lfloor':
        return { type: 'fn', name: 'floor', arg: this.delimited('rfloor'), logBase: undefined, pos };
      case 'lceil':
        return { type: 'fn', name: 'ceil', arg: this.delimited('rceil'), logBase: undefined, pos };
      case 'lVert':
      case '|': {
        this.norms += name === '|' ? 1 : 0;
        const arg = this.delimited(name === '|' ? '|' : 'rVert');
        this.norms -= name === '|' ? 1 : 0;
        return { type: 'norm', arg, p: this.eat('sym', '_') ? this.arg() : undefined, pos };
      }
      case 'max':
      case 'min':
        return this.maxMin(t, name);
      case 'sum':
      case 'prod':
        return this.reduce(t, name);
      case 'mathcal':
      case 'mathscr': {
        const a = this.arg();
        if (a.type !== 'sym') this.fail(`\\${name} needs a letter`, t);
        return { ...a, name: `cal_${a.name}` };
      }
      case 'mathbb': {
        const a = this.arg();
        if (a.type === 'sym' && a.name === 'I' && this.eat('sym', '[')) {
          const cond = this.condition();
          this.expect('sym', ']');
          return cond;
        }
        const what = a.type === 'sym' && a.name === 'E' ? 'expectations (\\mathbb{E})' : 'blackboard-bold symbols';
        return this.fail(`unsupported: ${what}`, t);
      }
      case 'binom':
      case 'dbinom':
      case 'tbinom':
        return { type: 'binom', n: this.arg(), k: this.arg(), pos };
      default:
        return this.unexpected(t);
    }
  }

  /** `\exp`, `\log_2`, `\tanh^2`, …: `f(x)` takes the parenthesised group, `\log p_k` the next juxtaposed factors. */
  private builtin(t: Token): Expr {
    let logBase: Expr | undefined;
    let power: Expr | undefined;
    for (;;) {
      if (t.text === 'log' && !logBase && this.eat('sym', '_')) logBase = this.arg();
      else if (!power && this.eat('sym', '^')) power = this.arg();
      else break;
    }
    if (power && power.type === 'neg' && t.text !== 'det') this.fail(`unsupported: inverse-function notation \\${t.text}^{-1}`, t);
    const parens = this.eat('sym', '(', '[');
    const arg = parens ? this.expr() : this.product(true);
    if (parens && !this.eat('sym', ')', ']')) this.unexpected(this.peek(), `\\${t.text} takes one argument`);
    let node: Expr = { type: 'fn', name: t.text, arg, logBase, pos: t.pos };
    if (power) node = { type: 'pow', base: node, exp: power, pos: t.pos };
    return parens ? this.applyOps(node, this.postOps()) : node;
  }

  private maxMin(t: Token, op: 'max' | 'min'): Expr {
    if (this.is(this.peek(), 'sym', '_')) return this.reduce(t, op);
    const open = this.next();
    const close = { '(': ')', '[': ']', '{': '}' }[open.text];
    if (close === undefined || (open.kind === 'sym') === (open.text === '{')) {
      return this.fail(`\\${op} needs a subscript range or parenthesised arguments`, t);
    }
    const args = [this.expr()];
    while (this.eat('sym', ',', ';')) args.push(this.expr());
    this.expect(close === '}' ? 'cmd' : 'sym', close);
    return this.applyOps({ type: 'minmax', op, args, pos: t.pos }, this.postOps());
  }

  /** `\sum_{j=1}^{K} body` and friends; the body is the following term (it stops at + and -). */
  private reduce(t: Token, op: 'sum' | 'prod' | 'max' | 'min'): Expr {
    this.expect('sym', '_');
    let chain: { operands: Expr[]; ops: Rel[] };
    let over: Expr | undefined;
    let where: Expr | undefined;
    const more: SymExpr[] = [];
    if (this.eat('sym', '{')) {
      chain = this.relChain();
      const [first] = chain.operands;
      if (chain.ops.length === 0 && first?.type === 'sym' && !first.sub) {
        if (this.eat('cmd', 'in')) over = this.expr();
        else if (this.eat('sym', ':')) where = this.condition();
        while (this.eat('sym', ',')) {
          const t3 = this.peek();
          const part = this.relChain();
          const [x] = part.operands;
          if (part.ops.length === 0 && !over && !where && x?.type === 'sym' && !x.sub) more.push(x);
          else if (part.ops.length > 0 && more.length === 0) {
            const cond: Expr = { type: 'compare', ops: part.ops, operands: part.operands, pos: t3.pos };
            where = where ? { type: 'logic', op: 'and', left: where, right: cond, pos: t3.pos } : cond;
          } else this.fail(`unsupported range in \\${op}_{…}`, t3);
        }
      }
      const t2 = this.peek();
      const why = UNSUPPORTED[t2.text];
      if (!this.eat('sym', '}')) this.fail(`unsupported range in \\${op}_{…}: ${why ?? `unexpected "${t2.text}"`}`, t2);
    } else chain = { operands: [this.atom()], ops: [] };
    const to = this.eat('sym', '^') ? this.arg() : undefined;
    const body = this.term();
    const [a, b, c] = chain.operands;
    const [r1, r2] = chain.ops;
    const bare = (e: Expr | undefined): e is SymExpr => e?.type === 'sym' && !e.sub;
    const base = { type: 'reduce', op, body, pos: t.pos } as const;
    const one = num(1, t.pos);
    if (chain.ops.length === 0 && bare(a) && !to) {
      // `\sum_{i,j} body` is `\sum_{i} \sum_{j} body`
      const inner = more.reduceRight<Expr>((b, s) => ({ ...base, body: b, index: s.name, from: undefined, to, exclude: undefined }), body);
      const filters = { ...(over ? { over } : {}), ...(where ? { where } : {}) };
      return { ...base, body: inner, index: a.name, from: undefined, to, exclude: undefined, ...filters };
    }
    if (r1 === '=' && chain.ops.length === 1 && bare(a) && b && to) return { ...base, index: a.name, from: b, to, exclude: undefined };
    if (r1 === '!=' && chain.ops.length === 1 && bare(a) && !to) return { ...base, index: a.name, from: undefined, to, exclude: b };
    const lowerOps: (Rel | undefined)[] = ['<', '<='];
    if (chain.ops.length === 2 && lowerOps.includes(r1) && lowerOps.includes(r2) && a && bare(b) && c && !to) {
      const from = r1 === '<' ? bin('add', a, one) : a;
      return { ...base, index: b.name, from, to: r2 === '<' ? bin('sub', c, one) : c, exclude: undefined };
    }
    return this.fail(`unsupported range in \\${op}_{…}`, t);
  }

  private relChain(): { operands: Expr[]; ops: Rel[] } {
    const operands = [this.expr()];
    const ops: Rel[] = [];
    for (;;) {
      const t = this.peek();
      const rel = t.kind === 'cmd' || this.is(t, 'sym', '<', '>', '=') ? RELATIONS[t.text] : undefined;
      if (rel === undefined) return { operands, ops };
      this.next();
      ops.push(rel);
      operands.push(this.expr());
    }
  }

  /** A comparison chain (`-3 < x < 3`), possibly joined with "and"/"or". Evaluates to 1 or 0. */
  private condition(): Expr {
    const comparison = (): Expr => {
      const t = this.peek();
      const { operands, ops } = this.relChain();
      if (ops.length === 0) this.fail('a condition needs a comparison (<, \\le, =, \\ne, …)', t);
      return { type: 'compare', ops, operands, pos: t.pos };
    };
    let left = comparison();
    for (;;) {
      const t = this.peek();
      if (this.is(t, 'word', 'and') || this.is(t, 'cmd', 'land', 'wedge')) {
        this.next();
        left = { type: 'logic', op: 'and', left, right: comparison(), pos: t.pos };
      } else if (this.is(t, 'word', 'or') || this.is(t, 'cmd', 'lor', 'vee')) {
        this.next();
        left = { type: 'logic', op: 'or', left, right: comparison(), pos: t.pos };
      } else return left;
    }
  }

  private environment(t: Token): Expr {
    if (t.text === 'cases') return this.cases(t);
    if (['pmatrix', 'bmatrix', 'matrix', 'Bmatrix'].includes(t.text)) {
      const rows: Expr[][] = [];
      do {
        const cells = [this.expr()];
        while (this.eat('sym', '&')) cells.push(this.expr());
        rows.push(cells);
      } while (this.eat('cmd', '\\\\') && !this.is(this.peek(), 'end'));
      this.expect('end', t.text);
      return { type: 'matrix', rows, pos: t.pos };
    }
    const hint = ['aligned', 'gathered', 'align', 'split'].includes(t.text) ? ' (split it with equationRows first)' : '';
    return this.fail(`unsupported environment ${t.text}${hint}`, t);
  }

  /** Rows `value & \text{if } condition` / `value & condition` / `value & \text{otherwise}`, separators ',' tolerated. */
  private cases(t: Token): Expr {
    const rows: { value: Expr; cond: Expr | undefined }[] = [];
    while (!this.is(this.peek(), 'end')) {
      const value = this.expr();
      this.eat('sym', ',');
      const amp = this.eat('sym', '&');
      this.eat('sym', ',');
      let cond: Expr | undefined;
      if (!this.eat('word', 'otherwise', 'else')) {
        const start = this.peek();
        if (!this.eat('word', 'if', 'when') && !amp) this.fail('a cases row needs a condition', start);
        cond = this.condition();
      }
      while (this.eat('sym', ',', '.'));
      rows.push({ value, cond });
      if (!this.eat('cmd', '\\\\') && !this.is(this.peek(), 'end')) this.unexpected(this.peek(), 'expected \\\\ or \\end{cases}');
    }
    this.expect('end', 'cases');
    return { type: 'cases', rows, pos: t.pos };
  }
}

/** Parses one formula (no '=': split equations with {@link equationSides}). */
export function parseLatex(latex: string): Expr {
  return new Parser(latex, tokenize(latex)).parse();
}
// ───────────────────────────── splitting equations ─────────────────────────────

interface Unit {
  text: string;
  start: number;
  depth: number;
}

/** Splits LaTeX into commands and characters, with the nesting depth of braces, brackets, \left…\right and environments. */
function units(latex: string): Unit[] {
  const out: Unit[] = [];
  let depth = 0;
  let delimiterNext = false;
  for (let i = 0; i < latex.length;) {
    const text = latex.charAt(i) === '\\' ? (/^\\(?:[A-Za-z]+|[\s\S])/.exec(latex.slice(i))?.[0] ?? '\\') : latex.charAt(i);
    out.push({ text, start: i, depth });
    i += text.length;
    if (delimiterNext) {
      delimiterNext = /^\s$/.test(text);
      continue;
    }
    if (['\\left', '\\begin', '\\{', '{', '(', '['].includes(text)) depth++;
    else if (['\\right', '\\end', '\\}', '}', ')', ']'].includes(text)) depth = Math.max(0, depth - 1);
    delimiterNext = text === '\\left' || text === '\\right';
  }
  return out;
}

function cleanSide(side: string): string {
  let s = side.trim();
  for (;;) {
    const t = s.replace(/(?:(?<!\\(?:left|right))[,.]|\\[,;:! ]|~)\s*$/, '').trimEnd();
    if (t === s) return s;
    s = t;
  }
}

/** The sides of a (possibly chained) equation, split at top-level '=' (not inside braces, \left..\right, environments, subscripts/superscripts such as \sum_{j=1}), with trailing qualifiers removed: anything from a top-level ",\qquad", "\qquad" or "\quad" onwards (e.g. ", \qquad i = 1, \dots, K") and a trailing "," or ".". `relations` lists what joins the sides: '=' by default; an update rule adds '\leftarrow'. */
export function equationSides(latex: string, relations: readonly string[] = ['=']): string[] {
  const us = units(latex);
  const cut = us.find((u) => u.depth === 0 && (u.text === '\\qquad' || u.text === '\\quad'))?.start ?? latex.length;
  const sides: string[] = [];
  let from = 0;
  for (const u of us) {
    if (u.start >= cut) break;
    if (u.depth === 0 && relations.includes(u.text)) {
      sides.push(latex.slice(from, u.start));
      from = u.start + u.text.length;
    }
  }
  sides.push(latex.slice(from, cut));
  return sides.map(cleanSide);
}

/** For \begin{aligned}…\end{aligned} / gathered: the rows (split at top-level \\), with the alignment '&' removed; for anything else, [latex]. */
export function equationRows(latex: string): string[] {
  const trimmed = latex.trim();
  const env = /^\\begin\{(aligned|gathered|split)\}/.exec(trimmed);
  const end = `\\end{${env?.[1] ?? ''}}`;
  if (!env || !trimmed.endsWith(end)) return [latex];
  const inner = trimmed.slice(env[0].length, trimmed.length - end.length);
  const rows: string[] = [];
  let row = '';
  let opened = 0;
  let skipUntil = 0; // `\\[4pt]`: the optional spacing after a line break
  for (const u of units(inner)) {
    if (u.start < skipUntil) continue;
    if (u.text === '\\begin') opened++;
    if (u.text === '\\end' && --opened < 0) return [latex]; // the first \begin closes before the end
    if (u.depth === 0 && u.text === '\\\\') {
      rows.push(row);
      row = '';
      skipUntil = u.start + 2 + (/^\s*\[\s*-?[\d.]+\s*[a-z]{2}\s*\]/.exec(inner.slice(u.start + 2))?.[0].length ?? 0);
    } else if (!(u.depth === 0 && u.text === '&')) row += u.text;
  }
  rows.push(row);
  return rows.map((r) => r.trim()).filter((r) => r.length > 0);
}
