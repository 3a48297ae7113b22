import { describe, expect, it } from 'vitest';
import { lintLatex, stripCommandArguments } from '../../src/lib/content-lint';

describe('the typesetting rules', () => {
  it('accept carefully typeset LaTeX', () => {
    expect(lintLatex('\\operatorname{softmax}\\left(\\frac{\\mathbf{Q}\\mathbf{K}^\\top}{\\sqrt{d_k}}\\right)\\mathbf{V}')).toEqual([]);
    expect(lintLatex('\\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}')).toEqual([]);
    expect(lintLatex('\\theta^{*} = \\operatorname*{arg\\,max}_{\\theta} \\log p(x)')).toEqual([]);
    expect(lintLatex('D_{\\mathrm{KL}}(p \\parallel q) = \\lVert x \\rVert_2')).toEqual([]);
  });

  it('reject Unicode inside math', () => {
    expect(lintLatex('\\mu = ∑_{i} x_i').join()).toMatch(/Unicode character/);
    expect(lintLatex('σ(z)').join()).toMatch(/Unicode/);
  });

  it('reject named functions typeset as bare italic letters', () => {
    expect(lintLatex('softmax(z)').join()).toMatch(/bare word "softmax"/);
    expect(lintLatex('Attention(Q, K, V)').join()).toMatch(/bare word "Attention"/);
    expect(lintLatex('max(0, x)').join()).toMatch(/bare word "max"/);
    expect(lintLatex('tanh(x)').join()).toMatch(/bare word "tanh"/);
    expect(lintLatex('RNN_{enc}(x_t)').join()).toMatch(/"RNN"/);
    expect(lintLatex('\\log(x) + ln(y)').join()).toMatch(/bare "ln"/);
    expect(lintLatex('\\frac{TP}{TP + FP}').join()).toMatch(/bare "TP"/);
  });

  it('reject ^T, *, || and matrix-as-cases', () => {
    expect(lintLatex('\\mathbf{Q}\\mathbf{K}^T').join()).toMatch(/\^\\top/);
    expect(lintLatex('\\mathbf{x}^{T} \\mathbf{y}').join()).toMatch(/\^\\top/);
    // An upper limit T (sequence length) is not a transpose.
    expect(lintLatex('\\sum_{t=1}^{T} x_t + \\prod_{t=1}^T y_t')).toEqual([]);
    expect(lintLatex('2 * p').join()).toMatch(/"\*"/);
    expect(lintLatex('\\|x\\| + ||y||').join()).toMatch(/"\|\|"/);
    expect(lintLatex('\\left\\{\\begin{matrix} a \\\\ b \\end{matrix}\\right.').join()).toMatch(/cases/);
  });

  it('reject KaTeX-only macros and environments that do not compile inside $$', () => {
    expect(lintLatex('x \\in \\R^d').join()).toMatch(/\\R: not available/);
    expect(lintLatex('\\begin{align} x &= 1 \\end{align}').join()).toMatch(/align/);
    expect(lintLatex('a \\newline b').join()).toMatch(/newline/);
  });

  it('skip the contents of text-like commands', () => {
    expect(stripCommandArguments('a \\text{if {nested} x} b \\operatorname*{arg\\,max} c')).toBe('a   b   c');
  });
});
