/**
 * Numerical evaluation of the site's own LaTeX, so tests can check each formula against an
 * independent reference implementation (and see a mutated formula fail). ./latex-parse.ts
 * turns a formula into an {@link Expr}, and this module evaluates it against a {@link Scope}.
 * Anything it does not understand throws {@link LatexEvalError}; it never guesses a number.
 * The supported subset (syntax, how symbols are named in a scope, what is rejected, and the
 * rule that the subset is frozen) is documented once, at the top of src/lib/latex-parse.ts.
 * Below is only what the values mean.
 *
 * ## Values and products
 * A 1-D array is a COLUMN vector; `x^\top` is a row vector (returned as a plain array).
 * Juxtaposition, `\cdot` and `\times` are matrix products when both sides are arrays:
 * `\mathbf{x}^\top \mathbf{y}` is a dot product, `\mathbf{W}\mathbf{x}` matrix-vector,
 * `\mathbf{x}\mathbf{y}^\top` an outer product; `\mathbf{x} \cdot \mathbf{y}` is also a dot
 * product. Bind row vectors used on the left of a matrix (`\mathbf{x}\mathbf{W}`) as 1×n
 * matrices. Everything else is element-wise with scalar broadcasting: `+ - / \odot`, powers of
 * scalars and vectors, `\exp \log \sqrt \lvert\cdot\rvert`, `\max(a, b)`, and `cases`. The bars
 * around a lone upper-case or calligraphic symbol bound to an array (`\lvert Q \rvert`, `\lvert C_l \rvert`,
 * `\lvert \mathcal{R} \rvert`) are the size of a set: its number of elements (outer length).
 * `[\mathbf{a}; \mathbf{b}]` stacks column vectors (and scalars) into one column vector.
 *
 * ## Ranges of `\sum`, `\prod`, `\max`, `\min`
 * `_{j=a}^{b}`, `_{a \le j \le b}` (also `<`), `_{j}` and `_{j \ne c}`. Without bounds the
 * range is 1..n, where n is the length of the axis at which the body indexes an array by the
 * bare symbol j (`z_j`, or `x_{kj}` for the second axis); it is an error if no array or arrays
 * of different lengths are indexed that way. Array-valued bodies are summed element-wise.
 * `_{x \in S}` runs over the elements of the array bound to S (flattened; ragged arrays of index
 * sets are fine), `_{i,j}` is two nested sums, and a condition after `:` or `,` keeps only the
 * values that satisfy it: `\sum_{i : y_i = 1}`, `\sum_{j \in C, j \ne i}`.
 */

import { LatexEvalError, parseLatex, type Expr, type Rel, type SymExpr } from './latex-parse';

// What the rest of the code imports from here (the parse side lives in ./latex-parse).
export { equationRows, equationSides, LatexEvalError, parseLatex } from './latex-parse';
export type { Expr, Sub } from './latex-parse';

export type Value = number | Value[];
export type Fn = (...args: Value[]) => Value;
export type Scope = Readonly<Record<string, Value | Fn>>;

// ───────────────────────────── evaluator ─────────────────────────────

/** A transposed (row) vector; only exists during evaluation. */
class Row {
  constructor(readonly data: number[]) {}
}
type IV = Value | Row;
interface Env {
  scope: Scope;
  locals: ReadonlyMap<string, number>;
}

function fail(message: string, pos: number): never {
  throw new LatexEvalError(`${message} (at position ${pos})`);
}

const isValue = (x: unknown): x is Value => typeof x === 'number' || (Array.isArray(x) && x.every(isValue));
const toValue = (v: IV): Value => (v instanceof Row ? [...v.data] : v);

function describe(v: IV): string {
  if (typeof v === 'number') return 'a scalar';
  if (v instanceof Row) return `a row vector of length ${v.data.length}`;
  const k = kindOf(v);
  if (k === 'col') return `a vector of length ${v.length}`;
  if (k === 'mat') return `a ${v.length}×${Array.isArray(v[0]) ? v[0].length : 0} matrix`;
  return 'an array of rank > 2';
}

function kindOf(v: IV): 'scalar' | 'col' | 'row' | 'mat' | 'tensor' {
  if (typeof v === 'number') return 'scalar';
  if (v instanceof Row) return 'row';
  if (v.every((x) => typeof x === 'number')) return 'col';
  const first = v[0];
  const width = Array.isArray(first) ? first.length : -1;
  return v.every((r) => Array.isArray(r) && r.length === width && r.every((x) => typeof x === 'number')) ? 'mat' : 'tensor';
}

const asNumbers = (v: Value[]): number[] => v.map((x) => (typeof x === 'number' ? x : NaN));
const asMatrix = (v: Value[]): number[][] => v.map((r) => (Array.isArray(r) ? asNumbers(r) : []));
const transposeMatrix = (m: number[][]): number[][] => (m[0] ?? []).map((_, j) => m.map((r) => r[j] ?? NaN));

/** Element-wise combination with scalar broadcasting; arrays must have equal shapes. */
function zip(vals: IV[], f: (...xs: number[]) => number, pos: number): IV {
  const rows = vals.filter((v) => v instanceof Row);
  if (rows.length > 0) {
    if (vals.some((v) => Array.isArray(v))) fail(`shape mismatch: ${vals.map(describe).join(' and ')}`, pos);
    const plain = vals.map((v) => (v instanceof Row ? v.data : v));
    return new Row(asNumbers(zipValues(plain, f, pos) as Value[]));
  }
  return zipValues(vals as Value[], f, pos);
}

function zipValues(vals: Value[], f: (...xs: number[]) => number, pos: number): Value {
  const arrays = vals.filter((v) => Array.isArray(v));
  if (arrays.length === 0) return f(...(vals as number[]));
  const n = arrays[0]?.length ?? 0;
  if (arrays.some((a) => a.length !== n)) fail(`shape mismatch in an element-wise operation: ${vals.map(describe).join(' and ')}`, pos);
  return Array.from({ length: n }, (_, i) =>
    zipValues(
      vals.map((v) => (Array.isArray(v) ? (v[i] ?? NaN) : v)),
      f,
      pos,
    ),
  );
}

const map = (v: IV, f: (x: number) => number, pos: number): IV => zip([v], f, pos);
const add = (x: number, y: number) => x + y;
const mul = (x: number, y: number) => x * y;
const ARITH: Record<string, (x: number, y: number) => number> = {
  ...{ add, sub: (x: number, y: number) => x - y, div: (x: number, y: number) => x / y, odot: mul },
  ...{ sum: add, prod: mul, max: Math.max, min: Math.min },
};

function multiply(a: IV, b: IV, op: 'mul' | 'cdot' | 'times', pos: number): IV {
  if (typeof a === 'number' || typeof b === 'number') return zip([a, b], (x, y) => x * y, pos);
  const [ka, kb] = [kindOf(a), kindOf(b)];
  if (ka === 'tensor' || kb === 'tensor') fail(`cannot multiply ${describe(a)} and ${describe(b)}`, pos);
  if (ka === 'col' && kb === 'col' && op === 'cdot' && a instanceof Array && b instanceof Array && a.length === b.length) {
    const y = asNumbers(b);
    return asNumbers(a).reduce((s, x, i) => s + x * (y[i] ?? NaN), 0);
  }
  const toMat = (v: Value[] | Row, k: string): number[][] =>
    v instanceof Row ? [v.data] : k === 'col' ? asNumbers(v).map((x) => [x]) : asMatrix(v);
  const A = toMat(a, ka);
  const B = toMat(b, kb);
  if ((A[0]?.length ?? 0) !== B.length) {
    const hint = ka === 'col' ? ' (a 1-D array is a column vector: write x^\\top y for a dot product, \\odot for element-wise)' : '';
    fail(`cannot multiply ${describe(a)} by ${describe(b)}${hint}`, pos);
  }
  const Bt = transposeMatrix(B);
  const C = A.map((r) => Bt.map((col) => r.reduce((s, x, k) => s + x * (col[k] ?? NaN), 0)));
  if (ka === 'row' && kb === 'col') return C[0]?.[0] ?? NaN;
  if (kb === 'col') return C.map((r) => r[0] ?? NaN);
  if (ka === 'row') return new Row(C[0] ?? []);
  return C;
}

function transpose(v: IV, pos: number): IV {
  const k = kindOf(v);
  if (v instanceof Row) return [...v.data];
  if (k === 'col') return new Row(asNumbers(v as Value[]));
  if (k === 'mat') return transposeMatrix(asMatrix(v as Value[]));
  return fail(`cannot transpose ${describe(v)}`, pos);
}

/** Gaussian elimination with partial pivoting: the determinant, and the inverse when asked for. */
function eliminate(m: number[][], pos: number, wantInverse: boolean): { det: number; inverse: number[][] } {
  const n = m.length;
  if (m.some((r) => r.length !== n)) fail(`a determinant or inverse needs a square matrix, not ${describe(m)}`, pos);
  const a = m.map((r, i) => [...r, ...r.map((_, j) => (i === j ? 1 : 0))]);
  const get = (i: number): number[] => a[i] ?? [];
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(get(r)[c] ?? 0) > Math.abs(get(p)[c] ?? 0)) p = r;
    const pivotRow = get(p);
    const pivot = pivotRow[c] ?? 0;
    if (pivot === 0) {
      if (wantInverse) fail('the matrix is singular', pos);
      return { det: 0, inverse: [] };
    }
    if (p !== c) {
      a[p] = get(c);
      a[c] = pivotRow;
      det = -det;
    }
    det *= pivot;
    const scaled = pivotRow.map((x) => x / pivot);
    a[c] = scaled;
    for (let r = 0; r < n; r++) {
      const row = get(r);
      const factor = row[c] ?? 0;
      if (r !== c && factor !== 0) a[r] = row.map((x, j) => x - factor * (scaled[j] ?? 0));
    }
  }
  return { det, inverse: a.map((r) => r.slice(n)) };
}

function power(base: IV, exp: IV, pos: number): IV {
  if (kindOf(base) === 'mat' && Array.isArray(base)) {
    if (exp === -1) return eliminate(asMatrix(base), pos, true).inverse;
    if (exp === 1) return base;
    fail('only ^{-1} (inverse) and ^\\top are supported on matrices', pos);
  }
  return zip([base, exp], Math.pow, pos);
}

function scalar(v: IV, what: string, pos: number): number {
  if (typeof v !== 'number') fail(`${what} must be a scalar, not ${describe(v)}`, pos);
  return v;
}

function integer(v: IV, what: string, pos: number): number {
  const n = scalar(v, what, pos);
  if (!Number.isInteger(n)) fail(`${what} must be an integer, got ${n}`, pos);
  return n;
}

function lookup(env: Env, name: string): Value | Fn | undefined {
  return env.locals.get(name) ?? (Object.hasOwn(env.scope, name) ? env.scope[name] : undefined);
}

/** The sub-expressions of a node (the AST is plain data, so a generic walk finds them all). */
function children(e: Expr): Expr[] {
  const out: Expr[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      if ('type' in v && 'pos' in v) out.push(v as Expr);
      else Object.values(v).forEach(visit);
    }
  };
  Object.values(e).forEach(visit);
  return out;
}

const mentions = (e: Expr, names: ReadonlyMap<string, number>): boolean =>
  (e.type === 'sym' && names.has(e.name)) || children(e).some((c) => mentions(c, names));

/** The range 1..n of an unbounded index: n is the axis length of the arrays the body indexes with the bare index. */
function inferRange(body: Expr, index: string, env: Env, pos: number): number {
  const sizes = new Set<number>();
  const visit = (e: Expr): void => {
    if (e.type === 'reduce' && e.index === index) return;
    if (e.type === 'sym' && e.sub) {
      const base = lookup(env, e.name);
      e.sub.indices.forEach((ix, axis) => {
        if (ix.type !== 'sym' || ix.name !== index || ix.sub || !Array.isArray(base)) return;
        let v: Value | undefined = base;
        for (let k = 0; k < axis && Array.isArray(v); k++) v = v[0];
        if (Array.isArray(v)) sizes.add(v.length);
      });
    }
    children(e).forEach(visit);
  };
  visit(body);
  if (sizes.size === 1) return [...sizes][0] ?? 0;
  if (sizes.size === 0)
    return fail(`cannot infer the range of ${index}: no bound array is indexed by ${index} alone; give explicit bounds`, pos);
  return fail(`ambiguous range of ${index}: arrays indexed by ${index} have lengths ${[...sizes].join(', ')}`, pos);
}

function indexInto(base: IV, indices: number[], what: string, pos: number): IV {
  let v: IV = base;
  for (const k of indices) {
    const arr: Value[] | number[] | undefined = v instanceof Row ? v.data : Array.isArray(v) ? v : undefined;
    if (!arr) return fail(`too many indices for ${what}`, pos);
    const item = arr[k - 1];
    if (!Number.isInteger(k) || item === undefined) return fail(`index ${k} out of range 1..${arr.length} for ${what}`, pos);
    v = item;
  }
  return v;
}

/** The name `base_key` of a subscripted symbol; none when the subscript uses a \sum/\prod/\max/\min index. */
function fullName(e: SymExpr, env: Env): string | undefined {
  if (!e.sub) return e.name;
  return e.sub.key === undefined || e.sub.indices.some((ix) => mentions(ix, env.locals)) ? undefined : `${e.name}_${e.sub.key}`;
}

function resolveSym(e: SymExpr, env: Env): IV {
  const bound = (name: string): Value | undefined => {
    const v = lookup(env, name);
    if (typeof v === 'function') fail(`${name} is a function; apply it to arguments in parentheses`, e.pos);
    return v;
  };
  if (!e.sub) {
    const v = bound(e.name);
    if (v !== undefined) return v;
    if (e.name === 'e') return Math.E;
    if (e.name === 'pi') return Math.PI;
    return fail(`unbound symbol ${e.name}`, e.pos);
  }
  const full = fullName(e, env);
  const v = full === undefined ? undefined : bound(full);
  if (v !== undefined) return v;
  const { key, indices } = e.sub;
  const base = bound(e.name);
  const label = key === undefined ? `${e.name}_{…}` : `${e.name}_${key}`;
  if (base === undefined) return fail(`unbound symbol ${label} (bind "${label}", or an array "${e.name}" to index)`, e.pos);
  if (typeof base === 'number') return fail(`${e.name} is a scalar and cannot be indexed (bind "${label}")`, e.pos);
  if (indices.length === 0) return fail(`unbound symbol ${label}`, e.pos);
  return indexInto(
    base,
    indices.map((ix) => integer(ev(ix, env), `the index of ${e.name}`, e.pos)),
    e.name,
    e.pos,
  );
}

const MATH: Record<string, (x: number) => number> = { ln: Math.log, arcsin: Math.asin, arccos: Math.acos, arctan: Math.atan };
for (const f of ['exp', 'log', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'abs', 'floor', 'ceil'] as const) MATH[f] = (x) => Math[f](x);

const REL: Record<Rel, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

function flatten(v: IV): number[] {
  if (typeof v === 'number') return [v];
  return v instanceof Row ? v.data : v.flatMap(flatten);
}

function ev(e: Expr, env: Env): IV {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'sym':
      return resolveSym(e, env);
    case 'label': {
      const { sym, label } = e;
      const base = sym.sub ? fullName(sym, env) : undefined;
      const full = base === undefined ? undefined : `${base}^${label}`;
      const whole = full === undefined ? undefined : lookup(env, full);
      if (isValue(whole)) return whole;
      if (isValue(lookup(env, `${sym.name}^${label}`))) return resolveSym({ ...sym, name: `${sym.name}^${label}` }, env);
      if (!e.power) return fail(`unbound symbol ${full ?? `${sym.name}^${label}`}`, e.pos);
      return evalPower(sym, e.power, env, e.pos);
    }
    case 'neg':
      return map(ev(e.arg, env), (x) => -x, e.pos);
    case 'bin': {
      const a = ev(e.left, env);
      const b = ev(e.right, env);
      if (e.op === 'mul' || e.op === 'cdot' || e.op === 'times') return multiply(a, b, e.op, e.pos);
      return zip([a, b], ARITH[e.op] ?? Math.max, e.pos);
    }
    case 'pow':
      return evalPower(e.base, e.exp, env, e.pos);
    case 'transpose':
      return transpose(ev(e.arg, env), e.pos);
    case 'index':
      return indexInto(
        ev(e.base, env),
        e.indices.map((ix) => integer(ev(ix, env), 'an index', e.pos)),
        'the expression',
        e.pos,
      );
    case 'fn': {
      const arg = ev(e.arg, env);
      if (e.name === 'det') {
        if (typeof arg === 'number') return arg;
        if (kindOf(arg) !== 'mat' || arg instanceof Row) return fail(`\\det needs a matrix, not ${describe(arg)}`, e.pos);
        return eliminate(asMatrix(arg), e.pos, false).det;
      }
      // |S| of a set bound as an array is its number of elements; of a number, its absolute value.
      if (e.name === 'card') return typeof arg === 'number' ? Math.abs(arg) : arg instanceof Row ? arg.data.length : arg.length;
      if (e.logBase) {
        const b = scalar(ev(e.logBase, env), 'the base of \\log', e.pos);
        return map(arg, b === 2 ? Math.log2 : b === 10 ? Math.log10 : (x) => Math.log(x) / Math.log(b), e.pos);
      }
      return map(arg, MATH[e.name] ?? ((x) => fail(`unknown function ${e.name} (${x})`, e.pos)), e.pos);
    }
    case 'root': {
      const n = e.degree ? scalar(ev(e.degree, env), 'the degree of a root', e.pos) : 2;
      return map(ev(e.arg, env), (x) => (n === 2 ? Math.sqrt(x) : x < 0 && n % 2 === 1 ? -Math.pow(-x, 1 / n) : Math.pow(x, 1 / n)), e.pos);
    }
    case 'norm': {
      const v = ev(e.arg, env);
      if (typeof v === 'number') return Math.abs(v);
      const pSym = e.p?.type === 'sym' && e.p.name === 'F' && !e.p.sub && lookup(env, 'F') === undefined;
      const k = kindOf(v);
      if (k === 'tensor' || (k === 'mat' && e.p !== undefined && !pSym))
        fail(`only the Frobenius norm of ${describe(v)} is supported`, e.pos);
      const p = e.p && !pSym ? scalar(ev(e.p, env), 'the order of a norm', e.pos) : 2;
      const xs = flatten(v).map(Math.abs);
      if (p === Infinity) return Math.max(...xs);
      if (p === 1) return xs.reduce((s, x) => s + x, 0);
      return xs.reduce((s, x) => s + x ** p, 0) ** (1 / p);
    }
    case 'concat':
      return e.parts.flatMap((part) => {
        const v = ev(part, env);
        const k = kindOf(v);
        if (typeof v === 'number') return [v];
        if (k !== 'col') return fail(`[a; b] stacks vectors, not ${describe(v)}`, part.pos);
        return v as number[];
      });
    case 'minmax': {
      const f = e.op === 'max' ? Math.max : Math.min;
      const args = e.args.map((a) => ev(a, env));
      if (args.length === 1 && args[0] !== undefined) return f(...flatten(args[0]));
      return zip(args, f, e.pos);
    }
    case 'binom': {
      const n = scalar(ev(e.n, env), 'n in \\binom', e.pos);
      const k = integer(ev(e.k, env), 'k in \\binom', e.pos);
      let r = 1;
      for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
      return k < 0 ? 0 : r;
    }
    case 'reduce':
      return reduce(e, env);
    case 'apply': {
      const name = fullName(e.callee, env);
      const givenFn = e.given && name !== undefined && typeof lookup(env, `${name}_given`) === 'function';
      const indexedFn = (e.callee.sub?.indices.length ?? 0) > 0 && typeof lookup(env, e.callee.name) === 'function';
      if (givenFn || indexedFn || (name !== undefined && typeof lookup(env, name) === 'function')) return ev(e.asCall, env);
      if (e.given)
        return fail(
          `${name ?? e.callee.name}(… \\mid …) needs a function "${name ?? e.callee.name}_given" or "${name ?? e.callee.name}" in the scope`,
          e.pos,
        );
      if (e.callee.op) return fail(`\\operatorname{${e.callee.name}} needs a function "${name ?? e.callee.name}" in the scope`, e.pos);
      if (!e.asProduct) return fail(`${name ?? e.callee.name} is applied to ${e.args.length} arguments but is not a bound function`, e.pos);
      return multiply(resolveSym(e.callee, env), ev(e.asProduct, env), 'mul', e.pos);
    }
    case 'call': {
      const isFn = (n: string | undefined) => n !== undefined && typeof lookup(env, n) === 'function';
      const full = fullName(e.callee, env);
      const sub = e.callee.sub;
      // `f_i(x)` where only f is a bound function (or i is a \sum index): f(x, i), the subscript's values appended.
      const indexed = sub !== undefined && sub.indices.length > 0 && !isFn(full) && !isFn(`${full}_given`) && isFn(e.callee.name);
      const plain = full ?? e.callee.name;
      const name = indexed ? e.callee.name : e.given && isFn(`${plain}_given`) ? `${plain}_given` : plain;
      const f = lookup(env, name);
      if (typeof f !== 'function') return fail(`${name} is not a bound function`, e.pos);
      const extra = indexed ? sub.indices.map((ix) => integer(ev(ix, env), `the index of ${e.callee.name}`, e.pos)) : [];
      const result: unknown = f(...e.args.map((a) => toValue(ev(a, env))), ...extra);
      if (!isValue(result)) return fail(`function ${name} returned a non-numeric value`, e.pos);
      return result;
    }
    case 'cases':
      return cases(e, env);
    case 'compare': {
      const vals = e.operands.map((o) => ev(o, env));
      return zip(vals, (...xs) => (e.ops.every((op, i) => REL[op](xs[i] ?? NaN, xs[i + 1] ?? NaN)) ? 1 : 0), e.pos);
    }
    case 'logic': {
      const [l, r] = [ev(e.left, env), ev(e.right, env)];
      return zip([l, r], (a, b) => ((e.op === 'and' ? a !== 0 && b !== 0 : a !== 0 || b !== 0) ? 1 : 0), e.pos);
    }
    case 'matrix': {
      const rows = e.rows.map((r) => r.map((c) => scalar(ev(c, env), 'a matrix entry', e.pos)));
      if (rows.every((r) => r.length === 1)) return rows.map((r) => r[0] ?? NaN);
      if (rows.some((r) => r.length !== rows[0]?.length)) fail('ragged matrix', e.pos);
      return rows;
    }
  }
}

/** `e^{x}` is `Math.exp` unless the scope binds `e`. */
function evalPower(base: Expr, exp: Expr, env: Env, pos: number): IV {
  const euler = base.type === 'sym' && base.name === 'e' && !base.sub && lookup(env, 'e') === undefined;
  return euler ? map(ev(exp, env), Math.exp, pos) : power(ev(base, env), ev(exp, env), pos);
}

function reduce(e: Extract<Expr, { type: 'reduce' }>, env: Env): IV {
  const what = `the bound of \\${e.op}`;
  const from = e.from ? integer(ev(e.from, env), what, e.pos) : 1;
  const inferFrom: Expr = e.where ? { type: 'bin', op: 'add', left: e.body, right: e.where, pos: e.pos } : e.body;
  const to = e.to || e.over ? integer(e.to ? ev(e.to, env) : 0, what, e.pos) : inferRange(inferFrom, e.index, env, e.pos);
  const exclude = e.exclude ? scalar(ev(e.exclude, env), `the excluded value of ${e.index}`, e.pos) : undefined;
  if (to - from > 1e6) fail(`range of \\${e.op} too large`, e.pos);
  const values = e.over ? flatten(ev(e.over, env)) : Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
  const op = ARITH[e.op] ?? Math.max;
  let acc: IV | undefined;
  for (const k of values) {
    if (k === exclude) continue;
    const locals = new Map(env.locals).set(e.index, k);
    if (e.where && ev(e.where, { scope: env.scope, locals }) === 0) continue;
    const v = ev(e.body, { scope: env.scope, locals });
    acc = acc === undefined ? v : zip([acc, v], op, e.pos);
  }
  if (acc !== undefined) return acc;
  if (e.op === 'sum') return 0;
  if (e.op === 'prod') return 1;
  return fail(`\\${e.op} over an empty range`, e.pos);
}

/** Scalar conditions pick the first true row lazily; array conditions select element-wise. */
function cases(e: Extract<Expr, { type: 'cases' }>, env: Env): IV {
  for (const row of e.rows) {
    const c = row.cond ? ev(row.cond, env) : 1;
    if (typeof c !== 'number') {
      const conds = e.rows.map((r) => (r.cond ? ev(r.cond, env) : 1));
      const vals = e.rows.map((r) => ev(r.value, env));
      const n = e.rows.length;
      return zip(
        [...conds, ...vals],
        (...xs) => {
          const k = xs.slice(0, n).findIndex((x) => x !== 0);
          return k < 0 ? fail('no case of the cases environment applies', e.pos) : (xs[n + k] ?? NaN);
        },
        e.pos,
      );
    }
    if (c !== 0) return ev(row.value, env);
  }
  return fail('no case of the cases environment applies', e.pos);
}

export function evaluate(expr: Expr, scope: Scope): Value {
  for (const [name, v] of Object.entries(scope)) {
    if (typeof v !== 'function' && !isValue(v)) throw new LatexEvalError(`scope entry "${name}" is not a number, array or function`);
  }
  return toValue(ev(expr, { scope, locals: new Map() }));
}

export function evaluateLatex(latex: string, scope: Scope): Value {
  return evaluate(parseLatex(latex), scope);
}
