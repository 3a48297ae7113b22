import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import { convertToTypst, faithfulnessProblems, typstCompileError } from '../../src/lib/typst';
import { readEntries } from '../helpers/entries';

const equations = readEntries().flatMap((e) => displayLatex(e.body).map((latex, i) => ({ name: `${e.id} #${i + 1}`, latex })));

describe('Typst conversion', () => {
  it('converts typical entries to Typst that compiles', () => {
    const softmax = convertToTypst('\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}');
    expect(softmax).toEqual({ ok: true, typst: 'op("softmax")(upright(bold(z)))_i = (e^(z_i))/(sum_(j = 1)^K e^(z_j))' });
    const cases = convertToTypst('\\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}');
    expect(cases.ok).toBe(true);
    const norm = convertToTypst('\\lVert \\mathbf{x} \\rVert_2');
    expect(norm.ok).toBe(true);
  });

  it('compiles with the real Typst compiler and reports errors', () => {
    expect(typstCompileError('x^2 + y')).toBeUndefined();
    expect(typstCompileError('lVert x')).toMatch(/unknown variable/);
  });

  it('rejects conversions that change the formula', () => {
    expect(faithfulnessProblems('x^{2} + 1', 'x^2')).toEqual(
      expect.arrayContaining([expect.stringMatching(/digits differ/), expect.stringMatching(/"\+" count/)]),
    );
    expect(faithfulnessProblems('a = b', 'a')).toEqual(
      expect.arrayContaining([expect.stringMatching(/symbol b lost/), expect.stringMatching(/"=" count/)]),
    );
    expect(faithfulnessProblems('\\frac{a}{b}', 'a b')).toContain('a fraction was lost');
    expect(faithfulnessProblems('\\sqrt{x}', 'x')).toContain('a root was lost');
    expect(faithfulnessProblems('\\foo x', '\\foo x')[0]).toMatch(/unconverted LaTeX command/);
  });

  it('offers a compiling, faithful Typst form for most of the collection', () => {
    const results = equations.map((e) => ({ ...e, result: convertToTypst(e.latex) }));
    const converted = results.filter((r) => r.result.ok);
    // convertToTypst offers a form only after compiling it (typstCompileError), so what it
    // offers compiles; what this can catch is the share of the collection it gives up on.
    expect(converted.length / results.length).toBeGreaterThan(0.9);
  });
});
