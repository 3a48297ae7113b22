import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import {
  equationRows,
  equationSides,
  evaluateLatex,
  LatexEvalError,
  parseLatex,
  type Fn,
  type Scope,
  type Value,
} from '../../src/lib/latex-eval';
import { readEntries } from '../helpers/entries';

const blocks = new Map(readEntries().map((e) => [e.id, displayLatex(e.body)]));

/** Display block `n` of an entry, straight from its Markdown. */
function block(id: string, n = 0): string {
  const latex = blocks.get(id)?.[n];
  if (latex === undefined) throw new Error(`${id} has no display block ${n}`);
  return latex;
}

const ev = (latex: string, scope: Scope = {}): Value => evaluateLatex(latex, scope);

function close(a: Value, b: Value, tol = 1e-9): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    return typeof a === 'number' && typeof b === 'number' && (a === b || Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)));
  }
  return a.length === b.length && a.every((x, i) => close(x, b[i] ?? NaN, tol));
}

function expectClose(actual: Value, expected: Value): void {
  expect(close(actual, expected), `${JSON.stringify(actual)} ≉ ${JSON.stringify(expected)}`).toBe(true);
}

const elementwise =
  (f: (x: number) => number): Fn =>
  (x) =>
    typeof x === 'number' ? f(x) : x.map((y) => elementwise(f)(y));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const softmax = (z: number[]) => z.map((v) => Math.exp(v) / z.reduce((s, w) => s + Math.exp(w), 0));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const dot = (a: number[], b: number[]) => sum(a.map((x, i) => x * (b[i] ?? NaN)));
const norm = (a: number[]) => Math.sqrt(dot(a, a));
const at = (xs: number[], i: number) => xs[i - 1] ?? NaN;
const matmul = (a: number[][], b: number[][]) => a.map((r) => (b[0] ?? []).map((_, j) => sum(r.map((x, k) => x * (b[k]?.[j] ?? NaN)))));
const T = (m: number[][]) => (m[0] ?? []).map((_, j) => m.map((r) => r[j] ?? NaN));
/** Row-wise softmax, the way the attention entries define it. */
const softmaxFn: Fn = (z) => {
  if (typeof z === 'number') return 1;
  return z.every((r) => typeof r === 'number') ? softmax(z) : z.map((r) => softmax(r as number[]));
};

describe('parseLatex / evaluateLatex: the language', () => {
  it('does arithmetic with the usual precedence', () => {
    expect(ev('1 + 2 \\cdot 3 - 4')).toBe(3);
    expect(ev('2 \\times 3 + 1')).toBe(7);
    expect(ev('-x^2', { x: 3 })).toBe(-9);
    expect(ev('-x^{2} + 1', { x: 3 })).toBe(-8);
    expect(ev('(-x)^2', { x: 3 })).toBe(9);
    expect(ev('x^23', { x: 3 })).toBe(27); // TeX: a bare superscript takes one digit
    expect(ev('10^{-5}')).toBeCloseTo(1e-5, 15);
    expect(ev('x^{-1}', { x: 4 })).toBe(0.25);
    expect(ev('2x + 3y', { x: 5, y: 7 })).toBe(31);
    expect(ev('\\alpha x y', { alpha: 2, x: 3, y: 4 })).toBe(24);
    expect(ev('2^{-8h/H}', { h: 1, H: 8 })).toBe(0.5);
    expect(ev('a / b c', { a: 6, b: 3, c: 2 })).toBe(4);
    expect(ev('(1 + 2)(3 + 4)')).toBe(21);
    expect(ev('2\\ x~y', { x: 3, y: 2 })).toBe(12);
    expect(() => ev('10\\,000')).toThrow(/two numbers/); // a thousands separator, not 10 · 0
    expect(ev('\\left[ 1 + 2 \\right] \\cdot \\bigl( 3 \\bigr) \\, \\; \\! \\quad')).toBe(9);
    expect(ev('\\left. \\frac{x}{2} \\right.', { x: 1 })).toBe(0.5);
  });

  it('evaluates fractions, roots and functions', () => {
    expect(ev('\\frac{1}{4} + \\dfrac{1}{2} + \\tfrac12')).toBe(1.25);
    expect(ev('\\sqrt{16} + \\sqrt[3]{27} + \\sqrt[3]{-8}')).toBe(5);
    expect(ev('e^{1}')).toBe(Math.E);
    expect(ev('\\exp(2) - e^2')).toBeCloseTo(0, 12);
    expect(ev('\\log e + \\ln e^{2}')).toBe(3);
    expect(ev('\\log_2 8 + \\log_{10} 1000 + \\log_{b} 9', { b: 3 })).toBe(8);
    expect(ev('\\sin \\pi + \\cos 0')).toBeCloseTo(1, 12);
    expect(ev('\\tanh^{2}(x) + \\sinh(x) - \\cosh(x)', { x: 0.3 })).toBeCloseTo(Math.tanh(0.3) ** 2 + Math.sinh(0.3) - Math.cosh(0.3), 12);
    expect(ev('\\cos m\\theta', { m: 2, theta: 0.5 })).toBe(Math.cos(1)); // the argument spans the juxtaposed factors
    expect(ev('\\log p \\log q', { p: Math.E, q: Math.E ** 3 })).toBe(3); // … but not a following function
    expect(ev('y \\log p + (1 - y) \\log (1 - p)', { y: 1, p: 0.25 })).toBe(Math.log(0.25));
    expect(ev('\\max(0, x) + \\min(1, 2, x)', { x: -3 })).toBe(-3);
    expect(ev('\\max\\left(0, 1 - y\\right)^{2}', { y: -1 })).toBe(4);
    expect(ev('\\lfloor 7 / 2 \\rfloor + \\left\\lceil 0.2 \\right\\rceil + \\binom{5}{2}')).toBe(14);
    expect(ev('\\lvert x \\rvert + |y - 5| + \\left| -1 \\right|', { x: -2, y: 1 })).toBe(7);
    expect(ev('\\pi')).toBe(Math.PI);
    expect(ev('\\pi_k', { pi: [0.2, 0.8], k: 2 })).toBe(0.8); // bound symbols win over the constants
    expect(ev('e_{ij}', { e: [[1, 2]], i: 1, j: 2 })).toBe(2);
  });

  it('names symbols the documented way', () => {
    expect(ev('\\beta_1 + \\beta_{2}', { beta_1: 1, beta_2: 2 })).toBe(3);
    expect(ev('d_{\\text{model}}^{-0.5}', { d_model: 4 })).toBe(0.5);
    expect(ev('\\mathrm{TP} + \\text{FP} + \\operatorname{FN}', { TP: 1, FP: 2, FN: 3 })).toBe(6);
    expect(ev('\\mathbf{x} + \\boldsymbol{\\mu} + \\mathit{pos}', { x: 1, mu: 2, pos: 3 })).toBe(6);
    expect(ev('\\hat{y} - \\bar{x} + \\overline{z} + \\tilde{w}', { hat_y: 5, bar_x: 1, bar_z: 2, tilde_w: 3 })).toBe(9);
    expect(ev('\\hat{\\mathbf{m}}_{t}', { hat_m_t: [1, 2] })).toEqual([1, 2]);
    expect(ev("x' + x''", { x_prime: 1, x_prime_prime: 2 })).toBe(3);
    expect(ev("x_2' - x'_2", { x_prime_2: 1 })).toBe(0);
    expect(ev('\\varepsilon + \\epsilon + \\varphi', { epsilon: 1, phi: 2 })).toBe(4);
    expect(ev('\\eta_{\\min} + W_{xh} + \\mathcal{L}', { eta_min: 1, W_xh: 2, cal_L: 3 })).toBe(6);
    expect(ev('\\mathbf{w}^{*} + N_{+}', { w_star: 1, N_plus: 2 })).toBe(3);
    // A superscript is a power unless the scope binds the label.
    expect(ev('\\mathbf{W}^Q', { W: 3, Q: 2 })).toBe(9);
    expect(ev('\\mathbf{W}^Q', { 'W^Q': [[1]], W: 3, Q: 2 })).toEqual([[1]]);
    expect(ev('\\mathbf{W}_i^Q', { 'W^Q': [[[1]], [[2]]], i: 2 })).toEqual([[2]]);
    expect(ev('\\boldsymbol{\\mu}_k^{\\text{new}}', { 'mu_k^new': 4 })).toBe(4);
  });

  it('indexes arrays with 1-based subscripts', () => {
    const x = [10, 20, 30];
    expect(ev('x_i', { x, i: 2 })).toBe(20);
    expect(ev('x_{t-1} + x_3', { x, t: 2 })).toBe(40);
    expect(ev('x_i', { x, i: 2, x_i: 7 })).toBe(7); // the full name wins
    const W = [
      [1, 2],
      [3, 4],
    ];
    expect(ev('W_{ij} + W_{i,j}', { W, i: 2, j: 1 })).toBe(6);
    expect(ev('\\mathbf{W}_i', { W, i: 2 })).toEqual([3, 4]);
    expect(() => ev('x_i', { x, i: 4 })).toThrow(/index 4 out of range 1..3 for x/);
    expect(() => ev('x_i', { x, i: 1.5 })).toThrow(/integer/);
    expect(() => ev('\\beta_1', { beta: 0.9 })).toThrow(/beta is a scalar.*beta_1/);
  });

  it('sums, products and reductions over explicit and inferred ranges', () => {
    expect(ev('\\sum_{j=1}^{K} j', { K: 4 })).toBe(10);
    expect(ev('\\sum_{j=1}^{0} j')).toBe(0);
    expect(ev('\\prod_{i=1}^{4} i')).toBe(24);
    expect(ev('\\sum_{j} z_j^2', { z: [1, 2, 3] })).toBe(14);
    expect(
      ev('\\sum_i \\sum_j W_{ij}', {
        W: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      }),
    ).toBe(21);
    expect(ev('\\sum_{i=1}^{2} \\sum_{j=1}^{i} j')).toBe(4);
    expect(ev('\\sum_{j=1}^{d} w_j x_j + b', { w: [1, 2], x: [3, 4], d: 2, b: 100 })).toBe(111); // the body stops at +
    expect(ev('\\max_{j} z_j + \\min_{k} z_k', { z: [4, -1, 2] })).toBe(3);
    expect(ev('\\max_{k \\ne c} s_k', { s: [9, 2, 5], c: 1 })).toBe(5);
    expect(ev('\\sum_{k \\neq c} s_k', { s: [9, 2, 5], c: 1 })).toBe(7);
    expect(ev('\\max_{0 \\le m \\le 2} m^2 + \\sum_{1 < m < 4} m')).toBe(9);
    expect(
      ev('\\min_{k} x_{kj}', {
        x: [
          [5, 1],
          [2, 8],
        ],
        j: 2,
      }),
    ).toBe(1); // inferred from the first axis
    expect(
      ev('\\sum_{j=1}^{2} \\mathbf{h}_j', {
        h: [
          [1, 2],
          [10, 20],
        ],
      }),
    ).toEqual([11, 22]);
    expect(ev('\\sum_{j} z_j', { z: [1, 2], j: 99 })).toBe(3); // the summation index shadows the scope
    expect(ev('\\sum_{j=1}^{2} x_j', { x: [1, 2], x_j: 100 })).toBe(3); // inside a sum x_j always indexes
    expect(() => ev('\\sum_{j} j')).toThrow(/cannot infer the range of j/);
    expect(() => ev('\\sum_{j} a_j b_j', { a: [1, 2], b: [1, 2, 3] })).toThrow(/ambiguous range of j.*2, 3/);
    expect(() => ev('\\max_{j=1}^{0} j')).toThrow(/empty range/);
  });

  it('treats 1-D arrays as column vectors: transposes, dot, outer and matrix products', () => {
    const x = [1, 2, 3];
    const y = [4, -5, 6];
    const A = [
      [1, 2],
      [3, 4],
    ];
    expect(ev('\\mathbf{x}^\\top \\mathbf{y}', { x, y })).toBe(12);
    expect(ev('\\mathbf{x}^{\\top} \\mathbf{y} + \\mathbf{x} \\cdot \\mathbf{y}', { x, y })).toBe(24);
    expect(ev('\\mathbf{u} \\mathbf{v}^\\top', { u: [1, 2], v: [3, 4] })).toEqual([
      [3, 4],
      [6, 8],
    ]);
    expect(ev('\\mathbf{A} \\mathbf{u}', { A, u: [1, 1] })).toEqual([3, 7]);
    expect(ev('\\mathbf{A}\\mathbf{A}^\\top', { A })).toEqual(matmul(A, T(A)));
    expect(ev('\\mathbf{u}^\\top \\mathbf{A} \\mathbf{u}', { A, u: [1, 2] })).toBe(27);
    expect(ev('\\mathbf{u}^\\top \\mathbf{A}', { A, u: [1, 2] })).toEqual([7, 10]); // a row vector comes back as a plain array
    expect(ev('\\mathbf{x} \\odot \\mathbf{y} + 1', { x, y })).toEqual([5, -9, 19]);
    expect(ev('2\\mathbf{x} - \\frac{\\mathbf{x}}{2}', { x })).toEqual([1.5, 3, 4.5]);
    expect(ev('\\exp(\\mathbf{x}) + \\lvert \\mathbf{y} \\rvert + \\sqrt{\\mathbf{x}}', { x: [0], y: [-4] })).toEqual([5]);
    expect(ev('\\max(0, \\mathbf{y})', { y })).toEqual([4, 0, 6]);
    expect(ev('\\mathbf{A}^{-1} \\mathbf{A}', { A }) as number[][]).toSatisfy((m: number[][]) =>
      close(m, [
        [1, 0],
        [0, 1],
      ]),
    );
    expect(ev('\\det \\mathbf{A} + \\det(\\mathbf{A}^\\top)', { A })).toBeCloseTo(-4, 12);
    expect(ev('\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}^\\top \\begin{bmatrix} 3 & 4 \\\\ 5 & 6 \\end{bmatrix}')).toEqual([13, 16]);
    expect(() => ev('\\mathbf{x} \\mathbf{y}', { x, y })).toThrow(
      /cannot multiply a vector of length 3 by a vector of length 3.*x\^\\top y/,
    );
    expect(() => ev('\\mathbf{A} \\mathbf{x}', { A, x })).toThrow(/cannot multiply a 2×2 matrix by a vector of length 3/);
    expect(() => ev('\\mathbf{x} + \\mathbf{u}', { x, u: [1, 2] })).toThrow(/shape mismatch/);
    expect(() => ev('x^\\top', { x: 2 })).toThrow(/cannot transpose a scalar/);
  });

  it('computes norms', () => {
    const x = [3, -4];
    expect(ev('\\lVert \\mathbf{x} \\rVert_2 + \\lVert \\mathbf{x} \\rVert', { x })).toBe(10);
    expect(ev('\\lVert \\mathbf{x} \\rVert_1 + \\| \\mathbf{x} \\|_\\infty', { x })).toBe(11);
    expect(ev('\\lVert \\mathbf{x} \\rVert_2^2 + \\left\\lVert \\mathbf{x} \\right\\rVert_{p}', { x, p: 3 })).toBeCloseTo(
      25 + Math.cbrt(27 + 64),
      12,
    );
    expect(
      ev('\\lVert \\mathbf{A} \\rVert_F', {
        A: [
          [1, 2],
          [2, 4],
        ],
      }),
    ).toBe(5);
    expect(ev("\\lVert \\mathbf{x} - \\mathbf{x}' \\rVert_2", { x, x_prime: [0, 0] })).toBe(5);
  });

  it('evaluates cases with every condition form the entries use', () => {
    const relu = '\\begin{cases} x & \\text{if } x > 0, \\\\ 0 & \\text{otherwise} \\end{cases}';
    expect(ev(relu, { x: 2 })).toBe(2);
    expect(ev(relu, { x: -2 })).toBe(0);
    expect(ev(relu, { x: [-1, 0, 3] })).toEqual([0, 0, 3]); // element-wise on arrays
    const hard =
      '\\begin{cases} 0 & \\text{if } x \\le -3, \\\\ \\frac{x}{6} + \\frac{1}{2} & \\text{if } -3 < x < 3, \\\\ 1 & \\text{if } x \\ge 3 \\end{cases}';
    expect([-4, -3, 0, 3, 4].map((x) => ev(hard, { x }))).toEqual([0, 0, 0.5, 1, 1]);
    const forms =
      '\\begin{cases} 1 & x \\lt 0 \\\\ 2, & x \\gt 5 \\\\ 3 & \\text{if } x = 1 \\text{ and } y \\neq 2 \\\\ 4 & \\text{otherwise.} \\end{cases}';
    expect([-1, 6, 1, 2].map((x) => ev(forms, { x, y: 0 }))).toEqual([1, 2, 3, 4]);
    expect(ev(forms, { x: 1, y: 2 })).toBe(4);
    const abs =
      '\\begin{cases} a & \\text{if } \\lvert x \\rvert \\leq \\delta \\\\ b & \\text{if } \\lvert x \\rvert \\geq \\delta \\end{cases}';
    expect(ev(abs, { x: -0.5, delta: 1, a: 1, b: 2 })).toBe(1);
    expect(ev(abs, { x: -1.5, delta: 1, a: 1, b: 2 })).toBe(2);
    expect(() => ev('\\begin{cases} 1 & \\text{if } x > 0 \\end{cases}', { x: -1 })).toThrow(/no case/);
    expect(ev('\\sum_{j=1}^{3} \\mathbb{I}\\left[ x_j \\neq y_j \\right]', { x: [1, 2, 3], y: [1, 0, 0] })).toBe(2);
  });

  it('calls scope functions, and multiplies when the symbol is not a function', () => {
    const sigma: Fn = elementwise(sigmoid);
    expect(ev('\\sigma(x)', { sigma, x: 0 })).toBe(0.5);
    expect(ev('\\sigma(x)', { sigma: 3, x: 2 })).toBe(6);
    expect(ev('\\alpha \\left( e^{x} - 1 \\right)', { alpha: 2, x: 0 })).toBe(0);
    expect(ev('x (x + 3)^2', { x: 2 })).toBe(50); // the power belongs to the group
    expect(ev('f(x)^2', { f: (v: Value) => v, x: 3 })).toBe(9); // … or to the call
    expect(ev('\\operatorname{softmax}(\\mathbf{z})_i', { softmax: softmaxFn, z: [1, 2, 3], i: 3 })).toBeCloseTo(
      at(softmax([1, 2, 3]), 3),
      14,
    );
    expect(ev('\\operatorname*{top}(1, 2)', { top: (a: Value, b: Value) => [a, b] })).toEqual([1, 2]);
    expect(ev('\\operatorname{Swish}_{\\beta}(x)', { Swish_beta: (v: Value) => v, x: 4 })).toBe(4);
    expect(ev('\\operatorname{sech}^{2}(x)', { sech: elementwise((v) => 1 / Math.cosh(v)), x: 0 })).toBe(1);
    expect(
      ev("f'(x) + K(x, y; z)", { f_prime: () => 1, K: (a: Value, b: Value, c: Value) => [a, b, c].flat().length, x: 0, y: 0, z: 0 }),
    ).toBe(4);
    expect(ev('\\sum_{i=1}^{3} s(i)', { s: (i: Value) => i })).toBe(6);
    // Inside the sum h_m varies with m, so the binding "h_m" must not be called.
    expect(ev('\\sum_{m=1}^{2} h_m(x)', { h_m: () => 100, h: [2, 3], x: 10 })).toBe(50);
    expect(() => ev('\\operatorname{softmax}(z)', { z: 1 })).toThrow(/softmax.*function/);
    expect(() => ev('\\sigma + 1', { sigma })).toThrow(/sigma is a function/);
  });

  it('rejects unsupported constructs with LatexEvalError instead of guessing', () => {
    const rejected: [string, RegExp][] = [
      ['\\mathbb{E}_{x \\sim p}\\left[ f(x) \\right]', /expectations/],
      ['\\operatorname*{arg\\,max}_{k} p_k', /arg/],
      ['x \\sim p', /\\sim/],
      ['\\int_0^1 x \\, \\mathrm{d}x', /integrals/],
      ['p(x \\mid y)', /\\mid/],
      ['\\frac{d}{dx} x', /derivatives/],
      ['\\frac{\\partial L}{\\partial w}', /derivatives/],
      ['\\nabla_{\\theta} L', /gradients/],
      ['D(p \\parallel q)', /parallel/],
      ['n!', /factorials/],
      ['x_1 + \\dots + x_n', /ellipses/],
      ['\\sum_{x \\in X} p_x', /range/],
      ['\\sum_{i,j} W_{ij}', /range/],
      ['w_i^{(m)}', /parenthesised superscript/],
      ['a = b', /equationSides/],
      ['\\begin{aligned} a &= b \\end{aligned}', /equationRows/],
      ['\\text{ROUGE-}n', /unsupported text/],
      ['\\frac{100\\%}{N}', /percent/],
      ['\\cos(\\mathbf{x}_1, \\mathbf{x}_2)', /one argument/],
      ['\\sin^{-1} x', /inverse-function/],
      ['\\begin{cases} 1 & \\text{if } s \\text{ is terminal} \\end{cases}', /unsupported text/],
      ['\\foo x', /\\foo/],
      ['', /empty/],
      ['(x + 1', /expected \)/],
    ];
    for (const [latex, message] of rejected) {
      expect(() => ev(latex, { x: 1, y: 1, p: 1, q: 1, n: 3 }), latex).toThrow(LatexEvalError);
      expect(() => ev(latex, { x: 1, y: 1, p: 1, q: 1, n: 3 }), latex).toThrow(message);
    }
  });

  it('names unbound symbols in the error', () => {
    expect(() => ev('x + y', { x: 1 })).toThrow(/unbound symbol y/);
    expect(() => ev('\\hat{y}_i', { i: 1 })).toThrow(/unbound symbol hat_y_i.*"hat_y"/);
    expect(() => ev('\\sigma(z)', { z: 1 })).toThrow(/unbound symbol sigma/);
    expect(() => ev('x_{\\text{true}}', {})).toThrow(/x_true/);
    expect(() => ev('\\mathbf{W}_i^{\\text{new}}', { i: 1 })).toThrow(/W_i\^new/);
  });

  it('returns an AST that can be evaluated repeatedly', () => {
    const ast = parseLatex('\\frac{1}{1 + e^{-x}}');
    expect(ast.type).toBe('bin');
    expect([0, 2, -3].map((x) => evaluateLatex('\\frac{1}{1 + e^{-x}}', { x }))).toEqual([0, 2, -3].map(sigmoid));
  });
});

describe('equationSides / equationRows', () => {
  it('splits at top-level = only and drops qualifiers', () => {
    expect(equationSides('a = b = c')).toEqual(['a', 'b', 'c']);
    expect(equationSides('P(y = 1 \\mid x) = \\sigma(z)')).toEqual(['P(y = 1 \\mid x)', '\\sigma(z)']);
    expect(equationSides('f = \\sum_{j=1}^{K} x_j, \\qquad i = 1, \\dots, K')).toEqual(['f', '\\sum_{j=1}^{K} x_j']);
    expect(equationSides('y = \\left( a = b \\right) \\quad \\text{for } y')).toEqual(['y', '\\left( a = b \\right)']);
    expect(equationSides('y = \\begin{cases} 1 & \\text{if } x = 0 \\\\ 0 & \\text{otherwise} \\end{cases}.')).toEqual([
      'y',
      '\\begin{cases} 1 & \\text{if } x = 0 \\\\ 0 & \\text{otherwise} \\end{cases}',
    ]);
    expect(equationSides('x \\leftarrow x + 1,')).toEqual(['x \\leftarrow x + 1']);
    expect(equationSides('\\left\\{ a = b \\right\\} = \\{ c = d \\}')).toEqual(['\\left\\{ a = b \\right\\}', '\\{ c = d \\}']);
    expect(equationSides('\\operatorname{SmoothL1}_{\\beta = \\delta}(y) = z')).toEqual([
      '\\operatorname{SmoothL1}_{\\beta = \\delta}(y)',
      'z',
    ]);
  });

  it('splits real entries', () => {
    expect(equationSides(block('softmax'))).toEqual(['\\operatorname{softmax}(\\mathbf{z})_i', '\\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}']);
    expect(equationSides(block('sigmoid'))).toHaveLength(3);
    expect(equationSides(block('rbf-kernel', 1))).toHaveLength(2);
    expect(equationSides(block('relu'))).toHaveLength(3);
    expect(equationSides(block('logistic-regression'))[0]).toBe('P(y = 1 \\mid \\mathbf{x})');
    expect(equationSides(block('huber-loss'))[1]).toMatch(/^\\begin\{cases\}[\s\S]*\\end\{cases\}$/);
  });

  it('splits aligned blocks into rows without the alignment marks', () => {
    const rows = equationRows(block('layer-normalization'));
    expect(rows).toEqual([
      '\\mu = \\frac{1}{H} \\sum_{i=1}^{H} a_i',
      '\\sigma^{2} = \\frac{1}{H} \\sum_{i=1}^{H} \\left( a_i - \\mu \\right)^{2}',
      '\\operatorname{LayerNorm}(\\mathbf{a})_i = g_i \\, \\frac{a_i - \\mu}{\\sqrt{\\sigma^{2} + \\epsilon}} + b_i',
    ]);
    expect(equationRows(block('adam'))).toHaveLength(6);
    expect(equationRows(block('cohens-kappa', 1))[0]).toBe('p_o = \\frac{1}{N} \\sum_{k=1}^{K} n_{kk},');
    expect(equationRows('\\begin{gathered} a \\\\[4pt] b \\\\ \\end{gathered}')).toEqual(['a', 'b']);
    expect(equationRows('\\begin{aligned} x &= \\begin{cases} 1 & a \\\\ 2 & b \\end{cases} \\end{aligned}')).toEqual([
      'x = \\begin{cases} 1 & a \\\\ 2 & b \\end{cases}',
    ]);
    expect(equationRows(block('sigmoid'))).toEqual([block('sigmoid')]);
    expect(equationRows(block('perceptron-update'))).toEqual([block('perceptron-update')]);
  });
});

/**
 * Real entries against independent reference implementations. Every side after the first (or
 * the listed sides) of the chosen block/row is evaluated on every sample; each mutation is a
 * plausible typo that must make the check fail.
 */
interface Check {
  id: string;
  disagreements: (latex: string) => string[];
  latex: string;
  mutations: [string, string][];
}

type Sample = Record<string, Value | Fn>;

function check<S extends Sample>(
  id: string,
  where: { block?: number; row?: number; sides?: number[] },
  samples: S[],
  ref: (s: S) => Value,
  mutations: [string, string][] = [],
): Check {
  const latex = block(id, where.block ?? 0);
  const disagreements = (text: string): string[] => {
    const row = equationRows(text)[where.row ?? 0] ?? '';
    const sides = equationSides(row);
    const chosen = where.sides ?? sides.map((_, k) => k).slice(1);
    return chosen.flatMap((k) =>
      samples.flatMap((sample) => {
        const side = sides[k] ?? '';
        try {
          const got = evaluateLatex(side, sample);
          return close(got, ref(sample), 1e-9) ? [] : [`${side}: ${JSON.stringify(got)} ≠ ${JSON.stringify(ref(sample))}`];
        } catch (error) {
          if (!(error instanceof LatexEvalError)) throw error;
          return [`${side}: ${error.message}`];
        }
      }),
    );
  };
  return { id, latex, disagreements, mutations };
}

const huber = (r: number, d: number) => (Math.abs(r) <= d ? (r * r) / 2 : d * (Math.abs(r) - d / 2));
const sigma: Fn = elementwise(sigmoid);
const confusion = [
  { TP: 8, FP: 2, FN: 4, TN: 6 },
  { TP: 1, FP: 9, FN: 0, TN: 3 },
];
const withPR = confusion.map((c) => ({ ...c, Precision: c.TP / (c.TP + c.FP), Recall: c.TP / (c.TP + c.FN) }));

const CHECKS: Check[] = [
  check('sigmoid', {}, [{ x: 0 }, { x: 2 }, { x: -3 }], ({ x }) => 1 / (1 + Math.exp(-x)), [
    ['e^{-x}', 'e^{x}'],
    ['\\frac{e^{x}}{1 + e^{x}}', '\\frac{e^{x}}{1 - e^{x}}'],
  ]),
  check('sigmoid', { sides: [0] }, [{ x: 1.5, sigma }], ({ x }) => sigmoid(x)),
  check(
    'softmax',
    {},
    [
      { z: [1, 2, 3], i: 2, K: 3 },
      { z: [0.5, -1, 2, 0], i: 4, K: 4 },
    ],
    ({ z, i }) => at(softmax(z), i),
    [
      ['\\sum_{j=1}^{K}', '\\sum_{j=2}^{K}'],
      ['e^{z_i}', 'e^{-z_i}'],
    ],
  ),
  check('softmax-temperature', {}, [{ z: [1, 2, 3], i: 1, K: 3, T: 2 }], ({ z, i, T: t }) => at(softmax(z.map((v) => v / t)), i)),
  check('log-softmax', {}, [{ z: [1, 2, 3], i: 3, K: 3 }], ({ z, i }) => Math.log(at(softmax(z), i)), [['- \\log', '+ \\log']]),
  check('log-softmax', { block: 1 }, [{ z: [1, 2, 3], i: 1, K: 3, m: 3 }], ({ z, i }) => Math.log(at(softmax(z), i))),
  check('relu', {}, [{ x: -2 }, { x: 0 }, { x: 3.5 }], ({ x }) => Math.max(0, x), [['x & \\text{if } x > 0', '-x & \\text{if } x > 0']]),
  check(
    'leaky-relu',
    {},
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
  ),
  check(
    'leaky-relu',
    { block: 1 },
    [
      { x: -2, alpha: 0.01 },
      { x: 3, alpha: 0.01 },
    ],
    ({ x, alpha }) => (x >= 0 ? x : alpha * x),
  ),
  check(
    'elu',
    {},
    [
      { x: -1, alpha: 1.5 },
      { x: 2, alpha: 1.5 },
    ],
    ({ x, alpha }) => (x > 0 ? x : alpha * (Math.exp(x) - 1)),
    [['e^{x} - 1', 'e^{x} + 1']],
  ),
  check(
    'hard-sigmoid',
    {},
    [-4, -1, 0, 2, 3, 5].map((x) => ({ x })),
    ({ x }) => Math.min(1, Math.max(0, x / 6 + 0.5)),
    [['\\frac{x}{6}', '\\frac{x}{3}']],
  ),
  check(
    'hard-swish',
    { block: 1 },
    [-4, -1, 2, 5].map((x) => ({ x })),
    ({ x }) => (x * Math.min(6, Math.max(0, x + 3))) / 6,
  ),
  check('tanh', {}, [{ x: 0.7 }, { x: -2 }], ({ x }) => Math.tanh(x), [['e^{x} - e^{-x}', 'e^{x} + e^{-x}']]),
  check('tanh', { block: 1 }, [{ x: 0.7, sigma }], ({ x }) => Math.tanh(x)),
  check(
    'silu',
    {},
    [
      { x: 0.7, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => x * sigmoid(x),
  ),
  check('softplus', { block: 1 }, [{ x: 0.7, beta: 2 }], ({ x, beta }) => Math.log(1 + Math.exp(beta * x)) / beta, [
    ['\\frac{1}{\\beta}', '\\beta'],
  ]),
  check(
    'huber-loss',
    {},
    [
      { y: 1, hat_y: 1.5, delta: 1 },
      { y: 0, hat_y: 3, delta: 1 },
      { y: 3, hat_y: 0, delta: 2 },
    ],
    ({ y, hat_y, delta }) => huber(y - hat_y, delta),
    [
      ['\\delta \\left( \\lvert y - \\hat{y} \\rvert', '\\delta \\left( (y - \\hat{y})'],
      ['\\frac{1}{2}(y - \\hat{y})^{2}', '(y - \\hat{y})^{2}'],
    ],
  ),
  check(
    'smooth-l1-loss',
    {},
    [
      { y: 1, hat_y: 1.2, beta: 1 },
      { y: -2, hat_y: 1, beta: 0.5 },
    ],
    ({ y, hat_y, beta }) => huber(y - hat_y, beta) / beta,
  ),
  check(
    'mean-squared-error',
    {},
    [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N,
    [
      ['\\frac{1}{N} ', ''],
      ['^{2}', ''],
    ],
  ),
  check(
    'mean-absolute-error',
    {},
    [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }],
    ({ y, hat_y, N }) => sum(y.map((v, i) => Math.abs(v - at(hat_y, i + 1)))) / N,
  ),
  check('root-mean-squared-error', {}, [{ y: [1, 2, 3], hat_y: [1.5, 2, 2], N: 3 }], ({ y, hat_y, N }) =>
    Math.sqrt(sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / N),
  ),
  check(
    'binary-cross-entropy',
    {},
    [
      { y: 1, p: 0.8 },
      { y: 0, p: 0.3 },
    ],
    ({ y, p }) => -(y * Math.log(p) + (1 - y) * Math.log(1 - p)),
    [['-\\left[', '\\left[']],
  ),
  check(
    'binary-cross-entropy',
    { block: 1 },
    [{ y: [1, 0, 1], p: [0.9, 0.2, 0.6], N: 3 }],
    ({ y, p, N }) => -sum(y.map((v, i) => v * Math.log(at(p, i + 1)) + (1 - v) * Math.log(1 - at(p, i + 1)))) / N,
  ),
  check(
    'bce-with-logits',
    {},
    [
      { y: 1, z: 0.3, sigma },
      { y: 0, z: -2, sigma },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
  ),
  check(
    'bce-with-logits',
    { block: 1 },
    [
      { y: 1, z: 0.3 },
      { y: 0, z: -2 },
    ],
    ({ y, z }) => -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z))),
  ),
  check(
    'categorical-cross-entropy',
    {},
    [{ y: [0, 1, 0], p: [0.2, 0.7, 0.1], K: 3 }],
    ({ y, p }) => -sum(y.map((v, k) => v * Math.log(at(p, k + 1)))),
  ),
  check(
    'hinge-loss',
    {},
    [
      { y: 1, hat_y: 0.3 },
      { y: -1, hat_y: 0.3 },
    ],
    ({ y, hat_y }) => Math.max(0, 1 - y * hat_y),
  ),
  check('squared-hinge-loss', {}, [{ y: -1, hat_y: 0.3 }], ({ y, hat_y }) => Math.max(0, 1 - y * hat_y) ** 2),
  check(
    'quantile-loss',
    {},
    [
      { u: 2, tau: 0.9 },
      { u: -2, tau: 0.9 },
    ],
    ({ u, tau }) => (u >= 0 ? tau * u : (tau - 1) * u),
  ),
  check(
    'focal-loss',
    {},
    [{ p_t: 0.8, alpha_t: 0.25, gamma: 2 }],
    ({ p_t, alpha_t, gamma }) => -alpha_t * (1 - p_t) ** gamma * Math.log(p_t),
  ),
  check('cosine-similarity', {}, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => dot(x, y) / (norm(x) * norm(y)), [
    ['\\lVert \\mathbf{x} \\rVert_2 \\,', ''],
  ]),
  check('cosine-similarity', { block: 1 }, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => dot(x, y) / (norm(x) * norm(y)), [
    ['x_j^{2}', 'x_j'],
  ]),
  check('euclidean-distance', {}, [{ x: [1, 2, 3], y: [-1, 0.5, 2], d: 3 }], ({ x, y }) => norm(x.map((v, i) => v - at(y, i + 1)))),
  check(
    'euclidean-distance',
    { block: 1, sides: [0, 1] },
    [{ x: [1, 2, 3], y: [-1, 0.5, 2] }],
    ({ x, y }) => norm(x.map((v, i) => v - at(y, i + 1))) ** 2,
  ),
  check('minkowski-distance', {}, [{ x: [1, 2], y: [-1, 0.5], d: 2, p: 3 }], ({ x, y, p }) =>
    Math.cbrt(sum(x.map((v, i) => Math.abs(v - at(y, i + 1)) ** p))),
  ),
  check(
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
    ],
    () => {
      const [d0, d1] = [1, 1]; // x - mu
      const inv = [
        [1 / 1.75, -0.5 / 1.75],
        [-0.5 / 1.75, 2 / 1.75],
      ];
      return Math.sqrt(
        d0 * (d0 * (inv[0]?.[0] ?? NaN) + d1 * (inv[0]?.[1] ?? NaN)) + d1 * (d0 * (inv[1]?.[0] ?? NaN) + d1 * (inv[1]?.[1] ?? NaN)),
      );
    },
  ),
  check(
    'rbf-kernel',
    {},
    [{ x: [1, 2], x_prime: [0, -1], sigma: 0.7 }],
    ({ x, x_prime, sigma: s }) => Math.exp(-(norm(x.map((v, i) => v - at(x_prime, i + 1))) ** 2) / (2 * s * s)),
    [['2 \\sigma^2', '\\sigma^2']],
  ),
  check('rbf-kernel', { block: 1 }, [{ x: [1, 2], x_prime: [0, -1], gamma: 1 / (2 * 0.49) }], ({ x, x_prime, gamma }) =>
    Math.exp(-gamma * norm(x.map((v, i) => v - at(x_prime, i + 1))) ** 2),
  ),
  check(
    'polynomial-kernel',
    { block: 1 },
    [{ x: [1, 2], x_prime: [3, -1], c: 1, M: 3 }],
    ({ x, x_prime, c, M }) => (dot(x, x_prime) + c) ** M,
  ),
  check('sigmoid-kernel', {}, [{ x: [1, 2], x_prime: [3, -1], gamma: 0.1, r: -0.5 }], ({ x, x_prime, gamma, r }) =>
    Math.tanh(gamma * dot(x, x_prime) + r),
  ),
  check('f1-score', {}, withPR, (c) => (2 * c.TP) / (2 * c.TP + c.FP + c.FN), [['2 \\cdot', '']]),
  check('f1-score', { block: 1 }, withPR, (c) => (2 * c.Precision * c.Recall) / (c.Precision + c.Recall)),
  check(
    'f-beta-score',
    {},
    withPR.map((c) => ({ ...c, beta: 2 })),
    (c) => (5 * c.TP) / (5 * c.TP + 4 * c.FN + c.FP),
  ),
  check(
    'f-beta-score',
    { block: 1 },
    withPR.map((c) => ({ ...c, beta: 0.5 })),
    (c) => (1.25 * c.Precision * c.Recall) / (0.25 * c.Precision + c.Recall),
  ),
  check(
    'matthews-correlation-coefficient',
    {},
    confusion,
    (c) => (c.TP * c.TN - c.FP * c.FN) / Math.sqrt((c.TP + c.FP) * (c.TP + c.FN) * (c.TN + c.FP) * (c.TN + c.FN)),
  ),
  check('accuracy', {}, confusion, (c) => (c.TP + c.TN) / (c.TP + c.TN + c.FP + c.FN)),
  check('accuracy', { block: 1 }, [{ y: [1, 2, 3, 1], hat_y: [1, 2, 1, 1], N: 4 }], () => 0.75),
  check('hamming-distance', {}, [{ x: [1, 0, 1, 1], y: [1, 1, 0, 1], d: 4 }], () => 2),
  check('gini-impurity', {}, [{ p: [0.2, 0.5, 0.3], K: 3 }], ({ p }) => 1 - sum(p.map((v) => v * v))),
  check('information-gain', { block: 1 }, [{ p: [0.25, 0.75], K: 2 }], ({ p }) => -sum(p.map((v) => v * Math.log2(v)))),
  check('linear-regression', {}, [{ w: [1, -2], x: [3, 4], b: 0.5, d: 2 }], ({ w, x, b }) => dot(w, x) + b),
  check(
    'ridge-regression-closed-form',
    { block: 1 },
    [
      {
        X: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        y: [1, 2, 4],
        lambda: 0.5,
        I: [
          [1, 0],
          [0, 1],
        ],
      },
    ],
    () => {
      // (XᵀX + λI)⁻¹ Xᵀy with XᵀX + λI = [[2.5, 1], [1, 2.5]] and Xᵀy = [5, 6].
      const det = 2.5 * 2.5 - 1;
      return [(2.5 * 5 - 6) / det, (2.5 * 6 - 5) / det];
    },
  ),
  check(
    'k-means',
    {},
    [
      {
        x: [
          [0, 0],
          [1, 1],
          [4, 4],
        ],
        mu: [
          [0, 1],
          [4, 3],
        ],
        r: [
          [1, 0],
          [1, 0],
          [0, 1],
        ],
        N: 3,
        K: 2,
      },
    ],
    () => 1 + 1 + 1,
  ),
  check(
    'k-means',
    { block: 2 },
    [
      {
        x: [
          [0, 0],
          [1, 1],
          [4, 4],
        ],
        r: [
          [1, 0],
          [1, 0],
          [0, 1],
        ],
        N: 3,
        k: 1,
      },
    ],
    () => [0.5, 0.5],
  ),
  check(
    'principal-component-analysis',
    {},
    [
      {
        x: [
          [1, 2],
          [3, 0],
        ],
        bar_x: [2, 1],
        N: 2,
      },
    ],
    () => [
      [1, -1],
      [-1, 1],
    ],
  ),
  check(
    'r-squared',
    {},
    [{ y: [1, 2, 4], hat_y: [1.5, 2, 3], bar_y: 7 / 3, N: 3 }],
    ({ y, hat_y, bar_y }) => 1 - sum(y.map((v, i) => (v - at(hat_y, i + 1)) ** 2)) / sum(y.map((v) => (v - bar_y) ** 2)),
  ),
  check('variance', { block: 1 }, [{ x: [1, 2, 4], bar_x: 7 / 3, N: 3 }], ({ x, bar_x }) => sum(x.map((v) => (v - bar_x) ** 2)) / 2),
  check(
    'pearson-correlation',
    { block: 1 },
    [{ x: [1, 2, 4], y: [2, 1, 5], bar_x: 7 / 3, bar_y: 8 / 3, N: 3 }],
    ({ x, y, bar_x, bar_y }) => {
      const dx = x.map((v) => v - bar_x);
      const dy = y.map((v) => v - bar_y);
      return dot(dx, dy) / (norm(dx) * norm(dy));
    },
  ),
  check(
    'vae-kl-standard-normal',
    {},
    [{ mu: [0.5, -1], sigma: [1.2, 0.3], J: 2 }],
    ({ mu, sigma: s }) => -0.5 * sum(mu.map((m, j) => 1 + Math.log(at(s, j + 1) ** 2) - m * m - at(s, j + 1) ** 2)),
  ),
  check(
    'kl-divergence-gaussians',
    { block: 1 },
    [{ mu_0: 0.5, mu_1: -1, sigma_0: 1.2, sigma_1: 0.3 }],
    ({ mu_0, mu_1, sigma_0, sigma_1 }) => Math.log(sigma_1 / sigma_0) + (sigma_0 ** 2 + (mu_0 - mu_1) ** 2) / (2 * sigma_1 ** 2) - 0.5,
  ),
  check(
    'transformer-learning-rate-schedule',
    {},
    [
      { t: 100, d_model: 512, T_warmup: 4000 },
      { t: 8000, d_model: 512, T_warmup: 4000 },
    ],
    ({ t, d_model, T_warmup }) => d_model ** -0.5 * Math.min(t ** -0.5, t * T_warmup ** -1.5),
  ),
  check(
    'cosine-annealing',
    {},
    [{ 'eta_min^i': 0.001, 'eta_max^i': 0.1, T_cur: 3, T_i: 10 }],
    (s) => s['eta_min^i'] + 0.5 * (s['eta_max^i'] - s['eta_min^i']) * (1 + Math.cos((s.T_cur / s.T_i) * Math.PI)),
  ),
  check(
    'linear-warmup',
    {},
    [
      { t: 5, T_warmup: 10, eta_init: 0, eta_target: 1 },
      { t: 12, T_warmup: 10, eta_init: 0, eta_target: 1 },
    ],
    ({ t, T_warmup }) => Math.min(1, t / T_warmup),
  ),
  check('step-decay', {}, [{ t: 25, s: 10, eta_0: 0.1, gamma: 0.5 }], () => 0.025),
  check(
    'gradient-clipping-by-norm',
    {},
    [
      { g: [3, 4], c: 1 },
      { g: [0.3, 0.4], c: 1 },
    ],
    ({ g, c }) => g.map((v) => v * Math.min(1, c / norm(g))),
  ),
  check('receptive-field', { block: 1 }, [{ L: 3, k: [3, 3, 3], s: [1, 2, 2] }], () => 1 + 2 + 2 * 1 + 2 * 2),
  check('convolution-output-size', { block: 1 }, [{ i: 32, p: 1, d: 1, k: 3, s: 2 }], () => 16),
  check(
    'scaled-dot-product-attention',
    {},
    [
      {
        Q: [
          [1, 0, 1],
          [0, 2, 0],
        ],
        K: [
          [1, 1, 0],
          [0, 1, 1],
          [1, 0, 0],
          [2, 0, 1],
        ],
        V: [
          [1, 0],
          [0, 1],
          [1, 1],
          [2, -1],
        ],
        d_k: 3,
        softmax: softmaxFn,
      },
    ],
    ({ Q, K, V, d_k }) =>
      matmul(
        matmul(Q, T(K)).map((r) => softmax(r.map((x) => x / Math.sqrt(d_k)))),
        V,
      ),
    [['\\sqrt{d_k}', 'd_k']],
  ),
  check(
    'attention-weights',
    {},
    [
      {
        e: [
          [1, 2, 3],
          [0, 0, 1],
        ],
        i: 2,
        j: 3,
        T_x: 3,
      },
    ],
    ({ e, i, j }) => at(softmax(e[i - 1] ?? []), j),
  ),
  check(
    'luong-dot-attention',
    { block: 1 },
    [
      {
        score: (a: Value, b: Value) => dot(a as number[], b as number[]),
        h_t: [1, 2],
        bar_h: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        s: 2,
        S: 3,
      },
    ],
    () => at(softmax([1, 2, 3]), 2),
  ),
  check(
    'linear-attention',
    { block: 1, sides: [1] },
    [
      {
        phi: elementwise((x) => (x > 0 ? x + 1 : Math.exp(x))),
        k: [
          [1, -1],
          [0, 2],
        ],
        v: [
          [1, 2],
          [3, 4],
        ],
        i: 2,
      },
    ],
    () => [
      [2 * 1 + 1 * 3, 2 * 2 + 1 * 4],
      [Math.exp(-1) * 1 + 3 * 3, Math.exp(-1) * 2 + 3 * 4],
    ],
  ),
  check('ddpm-forward-marginal', { block: 1 }, [{ bar_alpha_t: 0.64, x_0: [1, -1], epsilon: [0.5, 0.5] }], () => [0.8 + 0.3, -0.8 + 0.3]),
  check('inverted-dropout', {}, [{ p: 0.5, m: [1, 0, 1], h: [2, 3, 4] }], () => [4, 0, 8]),
  check('label-smoothing', {}, [{ epsilon: 0.1, y: [0, 1, 0], K: 3 }], () => [0.1 / 3, 0.9 + 0.1 / 3, 0.1 / 3]),
  check('weight-decay', { block: 1 }, [{ eta: 0.1, lambda: 0.01, theta_t: [1, 2], u_t: [0.5, -0.5] }], () => [0.999 - 0.05, 1.998 + 0.05]),
  check('discounted-return', { block: 2 }, [{ t: 1, T: 4, gamma: 0.9, R: [0, 1, 2, 3] }], () => 1 + 0.9 * 2 + 0.81 * 3),
  check(
    'td-zero',
    { block: 1 },
    [{ R: [0, 1, 2], t: 1, gamma: 0.9, S: [1, 2, 3], V: (s: Value) => (s as number) * 10 }],
    () => 1 + 0.9 * 20 - 10,
  ),
  check(
    'bleu',
    { block: 1 },
    [
      { c: 10, r: 12 },
      { c: 15, r: 12 },
    ],
    ({ c, r }) => (c > r ? 1 : Math.exp(1 - r / c)),
  ),
  check(
    'sigmoid-derivative',
    {},
    [
      { x: 0.4, sigma },
      { x: -2, sigma },
    ],
    ({ x }) => sigmoid(x) * (1 - sigmoid(x)),
  ),
  check('sigmoid-derivative', { block: 1 }, [{ x: 0.4 }, { x: -2 }], ({ x }) => sigmoid(x) * (1 - sigmoid(x)), [['^{2}', '']]),
  check(
    'gaussian-distribution',
    {},
    [{ x: 1.3, mu: 0.5, sigma: 0.8 }],
    ({ x, mu, sigma: s }) => Math.exp(-((x - mu) ** 2) / (2 * s * s)) / Math.sqrt(2 * Math.PI * s * s),
    [['{2 \\sigma^{2}} \\right)', '{\\sigma^{2}} \\right)']],
  ),
  check(
    'multivariate-gaussian',
    {},
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
        d: 2,
      },
    ],
    () => Math.exp(-0.5 * ((1 * (1 - 0.5)) / 1.75 + (1 * (2 - 0.5)) / 1.75)) / (2 * Math.PI * Math.sqrt(1.75)),
    [['^{-1}', '']],
  ),
  check(
    'multivariate-gaussian',
    { block: 1 },
    [
      {
        x: [1, 2],
        mu: [0, 1],
        Sigma: [
          [2, 0.5],
          [0.5, 1],
        ],
        d: 2,
      },
    ],
    () => -0.5 * (1 / 1.75 + 1 / 1.75) - Math.log(2 * Math.PI) - 0.5 * Math.log(1.75),
  ),
];

describe('real entries evaluate like independent reference implementations', () => {
  it.each(CHECKS.map((c, k) => [`${c.id} #${k}`, c] as const))('%s', (_name, c) => {
    expect(c.disagreements(c.latex)).toEqual([]);
  });

  it('notices mutated formulas (sign flipped, factor dropped)', () => {
    const mutated = CHECKS.flatMap((c) => c.mutations.map(([from, to]) => ({ c, from, to })));
    expect(mutated.length).toBeGreaterThanOrEqual(15);
    for (const { c, from, to } of mutated) {
      expect(c.latex, `${c.id}: mutation source`).toContain(from);
      expect(c.disagreements(c.latex.replace(from, to)), `${c.id}: ${from} → ${to}`).not.toEqual([]);
    }
  });

  it('gives the same F1 from both printed forms', () => {
    const [precisionForm = '', countForm = ''] = [0, 1].map((n) => equationSides(block('f1-score', n))[1] ?? '');
    for (const c of withPR) expectClose(ev(precisionForm, c), ev(countForm, c));
  });

  it('chains the rows of layer normalization', () => {
    const rows = equationRows(block('layer-normalization')).map((r) => equationSides(r)[1] ?? '');
    const [meanRow = '', varRow = '', outRow = ''] = rows;
    const a = [1, 2, 4, 9];
    const mu = ev(meanRow, { a, H: 4 });
    const variance = ev(varRow, { a, H: 4, mu });
    expect(mu).toBe(4);
    expect(variance).toBe(9.5);
    const g = [1, 2, 1, 0.5];
    const b = [0, 0.1, 0, -1];
    const y = [1, 2, 3, 4].map((i) => ev(outRow, { a, g, b, i, mu, sigma: Math.sqrt(9.5), epsilon: 1e-5 }));
    expectClose(
      y,
      a.map((v, k) => (at(g, k + 1) * (v - 4)) / Math.sqrt(9.5 + 1e-5) + at(b, k + 1)),
    );
  });

  it('takes one Adam step through the rows of the adam entry', () => {
    const rows = equationRows(block('adam')).map((r) => equationSides(r)[1] ?? '');
    const s = {
      t: 2,
      beta_1: 0.9,
      beta_2: 0.999,
      alpha: 0.001,
      epsilon: 1e-8,
      g_t: [0.5, -2],
      m: [[0.1, 0.2]],
      v: [[0.01, 0.04]],
      theta: [[1, 1]],
    };
    const m_t = ev(rows[1] ?? '', s);
    const v_t = ev(rows[2] ?? '', s);
    const hat_m_t = ev(rows[3] ?? '', { ...s, m_t });
    const hat_v_t = ev(rows[4] ?? '', { ...s, v_t });
    const theta_t = ev(rows[5] ?? '', { ...s, hat_m_t, hat_v_t });
    // Reference: torch.optim.Adam's update, written out.
    const m = [0.9 * 0.1 + 0.1 * 0.5, 0.9 * 0.2 + 0.1 * -2];
    const v = [0.999 * 0.01 + 0.001 * 0.25, 0.999 * 0.04 + 0.001 * 4];
    const ref = m.map((mi, k) => 1 - (0.001 * (mi / (1 - 0.81))) / (Math.sqrt(at(v, k + 1) / (1 - 0.999 ** 2)) + 1e-8));
    expectClose(m_t, m);
    expectClose(v_t, v);
    expectClose(theta_t, ref);
    expect(() => ev(rows[0] ?? '', s)).toThrow(/gradients/);
  });

  it('reports the entries whose notation cannot be evaluated', () => {
    expect(() => ev(equationSides(block('kl-divergence'))[1] ?? '', {})).toThrow(/sets \(\\in/);
    expect(() => ev(equationSides(block('kl-divergence', 1))[1] ?? '', {})).toThrow(/expectations/);
    expect(() => ev(equationSides(block('gaussian-distribution'))[0] ?? '', {})).toThrow(/\\mid/);
    expect(() => ev(block('gelu-tanh-approximation'), {})).toThrow(/approx/);
    expect(() => ev(equationSides(block('adaboost'))[1] ?? '', {})).toThrow(/superscript/);
  });
});
