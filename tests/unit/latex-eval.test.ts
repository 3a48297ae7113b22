import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import {
  equationSides,
  evaluate,
  evaluateLatex,
  LatexEvalError,
  parseLatex,
  type Fn,
  type Scope,
  type Value,
} from '../../src/lib/latex-eval';
import { close } from '../../src/lib/verification';
import * as reference from '../../src/verification/reference';
import { readEntries } from '../helpers/entries';

const blocks = new Map(readEntries().map((e) => [e.id, displayLatex(e.body)]));

/** Display block `n` of an entry, straight from its Markdown. */
function block(id: string, n = 0): string {
  const latex = blocks.get(id)?.[n];
  if (latex === undefined) throw new Error(`${id} has no display block ${n}`);
  return latex;
}

const ev = (latex: string, scope: Scope = {}): Value => evaluateLatex(latex, scope);

const { at, elementwise, matmul, sigmoid, softmax, softmaxFn, T } = reference;

describe('evaluateLatex: the language', () => {
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

  it('reads the bars around a lone upper-case or calligraphic symbol bound to an array as the size of a set', () => {
    expect(ev('\\frac{1}{\\lvert Q \\rvert} \\sum_{q \\in Q} q', { Q: [1, 3, 8] })).toBe(4);
    expect(ev('\\lvert \\mathcal{R} \\rvert + |S|', { cal_R: [5, -2], S: [[1, 2], [3]] })).toBe(4); // outer length
    expect(ev('\\lvert C_l \\rvert', { C: [[1, 3], [2]], l: 2 })).toBe(1); // one set of a ragged family
    expect(ev('\\lvert S \\rvert', { S: [] })).toBe(0);
    expect(ev('\\lvert D \\rvert', { D: -3 })).toBe(3); // a number keeps its absolute value
    expect(ev('\\lvert \\mathbf{y} \\rvert', { y: [-4, 2] })).toEqual([4, 2]); // lower case: element-wise
    expect(ev('\\lvert Q - 1 \\rvert', { Q: [-1, 3] })).toEqual([2, 2]); // not a lone symbol: element-wise
  });

  it('stacks [a; b] into one column vector', () => {
    expect(ev('\\left[\\mathbf{a}; \\mathbf{b}\\right]', { a: [1, 2], b: [3] })).toEqual([1, 2, 3]);
    expect(ev('[x; \\mathbf{b}; 2]', { x: -1, b: [3, 4] })).toEqual([-1, 3, 4, 2]);
    expect(ev('\\mathbf{W} [\\mathbf{a}; \\mathbf{b}]', { W: [[1, 1, 1]], a: [1, 2], b: [3] })).toEqual([6]);
    expect(ev('[\\mathbf{c}_t; \\mathbf{h}_t]', { c: [[1], [2]], h: [[3], [4]], t: 2 })).toEqual([2, 4]);
    expect(ev('2 [x]', { x: 3 })).toBe(6); // a lone bracket still groups
    expect(() =>
      ev('[\\mathbf{A}; \\mathbf{b}]', {
        A: [
          [1, 2],
          [3, 4],
        ],
        b: [1],
      }),
    ).toThrow(/stacks vectors/);
  });

  it('sums over sets, over several indices and over the indices that satisfy a condition', () => {
    const W = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(ev('\\sum_{x \\in \\mathcal{X}} x^2', { cal_X: [1, -2, 3] })).toBe(14);
    expect(ev('\\sum_{q \\in Q} \\frac{1}{r_q}', { Q: [1, 3], r: [1, 10, 4] })).toBe(1.25);
    expect(ev('\\sum_{x \\in S} x', { S: [] })).toBe(0);
    expect(ev('\\sum_{j \\in C_k} x_j', { C: [[1, 3], [2]], k: 1, x: [10, 20, 30] })).toBe(40); // ragged sets
    expect(ev('\\sum_{j \\in S, \\, j \\neq i} j', { S: [1, 2, 3], i: 2 })).toBe(4);
    expect(ev('\\sum_{i,j} W_{ij}', { W })).toBe(21);
    expect(() => ev('\\sum_{i, j} i j')).toThrow(/cannot infer the range of i/);
    expect(ev('\\sum_{i : y_i = 1} s_i', { y: [1, 0, 1], s: [5, 6, 7] })).toBe(12);
    expect(ev('\\sum_{i : y_i = 1} \\sum_{j : y_j = 0} \\mathbb{I}[s_i > s_j]', { y: [1, 0, 1, 0], s: [5, 6, 7, 1] })).toBe(3);
  });

  it('reads 100\\% as 100/100', () => {
    expect(ev('\\frac{100\\%}{N} x', { N: 4, x: 2 })).toBe(0.5);
    expect(ev('50\\% + 1')).toBe(1.5);
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
    // `f(a \\mid b)` calls f_given when it is bound, else f, with the arguments in order.
    const p = (x: Value, y: Value = 0) => 10 * Number(x) + Number(y);
    expect(ev('p(x \\mid y)', { p, x: 1, y: 2 })).toBe(12);
    expect(ev('p(x \\mid y) + p(x, y)', { p, p_given: (a: Value, b: Value) => p(b, a), x: 1, y: 2 })).toBe(33);
    expect(
      ev('\\mathcal{N}(x \\mid \\mu, s)', { cal_N: (a: Value, b: Value, c: Value) => [a, b, c].flat().length, x: 0, mu: 0, s: 0 }),
    ).toBe(3);
    expect(ev('p_{\\theta}(x \\mid y)', { p_theta_given: (a: Value, b: Value) => Number(a) - Number(b), x: 5, y: 2 })).toBe(3);
    expect(() => ev('p(x \\mid y)', { p: 2, x: 1, y: 1 })).toThrow(/p\(… \\mid …\) needs a function "p_given" or "p"/);
    // Inside the sum h_m varies with m, so the binding "h_m" must not be called.
    expect(ev('\\sum_{m=1}^{2} h_m(x)', { h_m: () => 100, h: [2, 3], x: 10 })).toBe(50);
    expect(() => ev('\\operatorname{softmax}(z)', { z: 1 })).toThrow(/softmax.*function/);
    expect(() => ev('\\sigma + 1', { sigma })).toThrow(/sigma is a function/);
  });

  it('reads gradients from the scope: \\nabla_{x} f(…) calls nabla_x_f', () => {
    const grad = (v: Value) => (Array.isArray(v) ? v.map((x) => 2 * Number(x)) : 2 * v);
    expect(
      ev('\\theta - \\eta \\nabla_{\\boldsymbol{\\theta}} \\mathcal{L}(\\theta)', { theta: [1, -2], eta: 0.5, nabla_theta_cal_L: grad }),
    ).toEqual([0, 0]);
    expect(ev('\\nabla_{\\mathbf{w}} J(\\mathbf{w} + 1)', { w: 3, nabla_w_J: grad })).toBe(8);
    expect(ev('\\nabla f(x)', { x: 2, nabla_f: grad })).toBe(4);
    expect(ev('\\frac{g \\, \\nabla_{g} L}{2}', { g: 3, nabla_g_L: 4 })).toBe(6);
    expect(ev('(\\nabla_{\\mathbf{w}} L)^{\\top} \\mathbf{v}', { nabla_w_L: [1, 2], v: [3, 4] })).toBe(11);
    expect(() => ev('\\nabla_{\\theta} L', { L: 1 })).toThrow(/unbound symbol nabla_theta_L/);
  });

  it('calls an indexed function f_i(x) as f(x, i) when only f is bound', () => {
    const f = (x: Value, i: Value) => Number(x) * Number(i);
    expect(ev('\\sum_{i=1}^{3} f_i(x)', { f, x: 2 })).toBe(12);
    expect(ev('f_{t-1}(x) + f_t(x)', { f, x: 2, t: 3 })).toBe(10);
    expect(ev('\\sum_{i \\in B} \\nabla_{\\theta} \\ell_{i}(\\theta)', { nabla_theta_ell: f, B: [1, 3], theta: 2 })).toBe(8);
    // A bound full name still wins, and an array base still indexes.
    expect(ev('f_t(x)', { f, f_t: (x: Value) => -Number(x), x: 2, t: 3 })).toBe(-2);
    expect(ev('\\sum_{m=1}^{2} h_m(x)', { h: [2, 3], x: 10 })).toBe(50);
    expect(() => ev('f_{\\theta}(x)', { f, x: 1, theta: [1, 2] })).toThrow(/must be a scalar/);
  });

  // What the parser rejects is tested in latex-parse.test.ts; these parse, and fail when evaluated.
  it('rejects what it cannot evaluate with LatexEvalError instead of guessing', () => {
    const A = [
      [1, 2],
      [3, 4],
    ];
    const rejected: [string, RegExp][] = [
      ['p(x \\mid y)', /p\(… \\mid …\) needs a function "p_given" or "p"/],
      // `, j = 1` is a condition on the values of i (see Ranges in latex-eval.ts), whose range cannot be inferred here.
      ['\\sum_{i, j = 1} W_{ij}', /cannot infer the range of i/],
      ['\\mathbf{A}^{2}', /only \^\{-1\} \(inverse\) and \^\\top are supported on matrices/],
      ['\\lVert \\mathbf{A} \\rVert_1', /only the Frobenius norm of a 2×2 matrix/],
    ];
    for (const [latex, message] of rejected) {
      expect(() => ev(latex, { x: 1, y: 1, p: 1, A }), latex).toThrow(LatexEvalError);
      expect(() => ev(latex, { x: 1, y: 1, p: 1, A }), latex).toThrow(message);
    }
  });

  it('names unbound symbols in the error', () => {
    expect(() => ev('x + y', { x: 1 })).toThrow(/unbound symbol y/);
    expect(() => ev('\\hat{y}_i', { i: 1 })).toThrow(/unbound symbol hat_y_i.*"hat_y"/);
    expect(() => ev('\\sigma(z)', { z: 1 })).toThrow(/unbound symbol sigma/);
    expect(() => ev('x_{\\text{true}}', {})).toThrow(/x_true/);
    expect(() => ev('\\mathbf{W}_i^{\\text{new}}', { i: 1 })).toThrow(/W_i\^new/);
  });

  it('evaluates a parsed AST repeatedly', () => {
    const ast = parseLatex('\\frac{1}{1 + e^{-x}}');
    expect([0, 2, -3].map((x) => evaluate(ast, { x }))).toEqual([0, 2, -3].map(sigmoid));
  });
});

describe('entries whose notation the evaluator rejects', () => {
  it('reports the entries whose notation cannot be evaluated', () => {
    expect(() => ev(equationSides(block('js-divergence'))[1] ?? '', {})).toThrow(/parallel/);
    expect(() => ev(equationSides(block('kl-divergence', 1))[1] ?? '', {})).toThrow(/expectations/);
    expect(() => ev(equationSides(block('gaussian-distribution'))[0] ?? '', {})).toThrow(/\\mid/);
    expect(() => ev(block('gelu-tanh-approximation'), {})).toThrow(/approx/);
    expect(() => ev(equationSides(block('adaboost'))[1] ?? '', {})).toThrow(/superscript/);
  });
});
