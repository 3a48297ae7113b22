import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import { equationRows, equationSides, LatexEvalError, parseLatex, UNSUPPORTED } from '../../src/lib/latex-parse';
import { readEntries } from '../helpers/entries';

const blocks = new Map(readEntries().map((e) => [e.id, displayLatex(e.body)]));

/** Display block `n` of an entry, straight from its Markdown. */
function block(id: string, n = 0): string {
  const latex = blocks.get(id)?.[n];
  if (latex === undefined) throw new Error(`${id} has no display block ${n}`);
  return latex;
}

describe('parseLatex', () => {
  it('returns a plain-data AST, named the documented way', () => {
    expect(parseLatex('\\frac{1}{1 + e^{-x}}').type).toBe('bin');
    expect(parseLatex('\\hat{\\mathbf{m}}_{t}')).toMatchObject({ type: 'sym', name: 'hat_m', sub: { key: 't' } });
    expect(parseLatex("\\mathbf{w}^{*} + x'")).toMatchObject({ left: { name: 'w_star' }, right: { name: 'x_prime' } });
    expect(parseLatex('\\sum_{j=1}^{K} z_j')).toMatchObject({ type: 'reduce', op: 'sum', index: 'j' });
  });

  // The "Not supported" list at the top of src/lib/latex-parse.ts, in its order: each throws
  // LatexEvalError while parsing, and the message names the construct.
  const rejected: [latex: string, message: string][] = [
    // The UNSUPPORTED table: `unsupported: <reason>: <the construct as written>`.
    ['x \\mid y', 'conditional probability (\\mid): \\mid'],
    ['\\left( x \\middle| y \\right)', 'conditional probability (\\mid): \\middle'],
    ['x \\sim p', 'distributions (\\sim): \\sim'],
    ['\\int_0^1 x \\, \\mathrm{d}x', 'integrals and limits: \\int'],
    ['\\oint x', 'integrals and limits: \\oint'],
    ['\\lim_{n} x_n', 'integrals and limits: \\lim'],
    ['\\sup_{x} x', 'integrals and limits: \\sup'],
    ['\\inf_{x} x', 'integrals and limits: \\inf'],
    ['x \\to 0', 'integrals and limits: \\to'],
    ['\\frac{\\partial L}{\\partial w}', 'derivatives (\\partial): \\partial'],
    ['D(p \\parallel q)', 'divergence arguments (\\parallel): \\parallel'],
    ['x \\in S', 'sets (\\in, \\cap, \\{…\\}): \\in'],
    ['x \\notin S', 'sets (\\in, \\cap, \\{…\\}): \\notin'],
    ['A \\cap B', 'sets (\\in, \\cap, \\{…\\}): \\cap'],
    ['A \\cup B', 'sets (\\in, \\cap, \\{…\\}): \\cup'],
    ['A \\setminus B', 'sets (\\in, \\cap, \\{…\\}): \\setminus'],
    ['\\{ x \\}', 'sets (\\in, \\cap, \\{…\\}): \\{'],
    ['x_1 + \\dots + x_n', 'ellipses: \\dots'],
    ['x_1 + \\cdots + x_n', 'ellipses: \\cdots'],
    ['x_1 + \\ldots', 'ellipses: \\ldots'],
    ['\\vdots', 'ellipses: \\vdots'],
    ['\\ddots', 'ellipses: \\ddots'],
    ['a \\approx b', 'relations other than the sides of an equation (\\approx, \\propto, \\leftarrow): \\approx'],
    ['a \\propto b', 'relations other than the sides of an equation (\\approx, \\propto, \\leftarrow): \\propto'],
    ['w \\leftarrow w - g', 'relations other than the sides of an equation (\\approx, \\propto, \\leftarrow): \\leftarrow'],
    ['f \\ast g', 'convolutions (\\ast, \\star, *): \\ast'],
    ['f \\star g', 'convolutions (\\ast, \\star, *): \\star'],
    ['f * g', 'convolutions (\\ast, \\star, *): "*"'],
    ['\\Pr(A)', 'probabilities (\\Pr), \\pm, percent signs and factorials: \\Pr'],
    ['a \\pm b', 'probabilities (\\Pr), \\pm, percent signs and factorials: \\pm'],
    ['\\% x', 'probabilities (\\Pr), \\pm, percent signs and factorials: \\%'],
    ['a % b', 'probabilities (\\Pr), \\pm, percent signs and factorials: "%"'],
    ['n!', 'probabilities (\\Pr), \\pm, percent signs and factorials: "!"'],
    ['a = b', '\'=\' inside a formula (split equations with equationSides): "="'],
    ['a & b', 'alignment and line breaks outside an environment (use equationRows): "&"'],
    ['a \\\\ b', 'alignment and line breaks outside an environment (use equationRows): "\\\\"'],
    // The parser's other rejections.
    ['\\mathbb{E}_{x \\sim p}\\left[ f(x) \\right]', 'unsupported: expectations (\\mathbb{E})'],
    ['\\mathbb{R}', 'unsupported: blackboard-bold symbols'],
    ['\\frac{d}{dx} x', 'unsupported: derivatives (d/dx)'],
    ['\\frac{d f}{d x}', 'unsupported: derivatives (d/dx)'],
    ['\\operatorname*{arg\\,max}_{k} p_k', 'unsupported: \\operatorname*{argmax}'],
    ['\\operatorname*{arg\\,min}_{k} p_k', 'unsupported: \\operatorname*{argmin}'],
    ['\\sin^{-1} x', 'unsupported: inverse-function notation \\sin^{-1}'],
    ['w_i^{(m)}', 'parenthesised superscript labels such as ^{(m)} are not supported'],
    ["(x + 1)'", 'a prime on a non-symbol is not supported'],
    ['(x + 1)^{*}', 'a prime or star on a non-symbol is not supported'],
    ['\\begin{array}{c} a \\end{array}', 'unsupported environment array'],
    ['\\begin{aligned} a &= b \\end{aligned}', 'unsupported environment aligned (split it with equationRows first)'],
    ['\\text{ROUGE-}n', 'unsupported text "ROUGE-"'],
    ['\\begin{cases} 1 & \\text{if } s \\text{ is terminal} \\end{cases}', 'unsupported text "is terminal"'],
    ['\\text{otherwise}', 'unexpected \\text{otherwise} outside a cases condition'],
    ['\\hat{x_1}', '\\hat is supported on a single symbol only'],
    ['\\tilde{x y}', '\\tilde is supported on a single symbol only'],
    ['\\nabla', '\\nabla must be followed by the name of a function'],
    ['\\nabla_{\\theta} (x + 1)', '\\nabla must be followed by the name of a function'],
    ['\\nabla_{\\theta + 1} f(x)', '\\nabla_{…} needs a variable name as its subscript'],
    ['\\max x', '\\max needs a subscript range or parenthesised arguments'],
    ['\\sum_{i < j} x_i', 'unsupported range in \\sum_{…}'],
    ['\\sum_{x \\in X, y} p_x', 'unsupported range in \\sum_{…}'],
    ['\\prod_{i \\in S : y_i} x_i', 'unsupported range in \\prod_{…}: unexpected ":"'],
    ['10\\,000', 'two numbers side by side are ambiguous'],
    ['\\cos(\\mathbf{x}_1, \\mathbf{x}_2)', '\\cos takes one argument'],
    ['\\foo x', 'unexpected \\foo'],
    ['(x + 1', 'unexpected end of formula (expected ))'],
    ['\\lvert x', 'unexpected end of formula (expected \\rvert)'],
    ['', 'empty formula'],
  ];

  it('rejects every documented unsupported construct with LatexEvalError naming it', () => {
    for (const [latex, message] of rejected) {
      expect(() => parseLatex(latex), latex).toThrow(LatexEvalError);
      expect(() => parseLatex(latex), latex).toThrow(message);
    }
  });

  it('has a row of that table for every entry of the UNSUPPORTED table', () => {
    const messages = new Set(rejected.map(([, message]) => message));
    const missing = Object.entries(UNSUPPORTED).filter(
      ([token, reason]) => !messages.has(`${reason}: \\${token}`) && !messages.has(`${reason}: "${token}"`),
    );
    expect(missing).toEqual([]);
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
    expect(equationSides('x \\leftarrow x + 1,', ['=', '\\leftarrow'])).toEqual(['x', 'x + 1']);
    expect(equationSides('a \\approx b = c', ['=', '\\approx'])).toEqual(['a', 'b', 'c']);
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
