import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { cleanMathml, COPY_FORMATS, equationLabel, formatEquation, type EquationSource } from '../../src/lib/copy-formats';
import { katexOptions } from '../../src/lib/katex-options';
import { displayLatex } from '../../src/lib/latex-blocks';
import { readEntries } from '../helpers/entries';

const byId = new Map(readEntries().map((e) => [e.id, e]));
const latexOf = (id: string, n = 0) => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`missing entry ${id}`);
  const latex = displayLatex(entry.body)[n];
  if (latex === undefined) throw new Error(`entry ${id} has no equation ${n + 1}`);
  return latex;
};
const mathmlOf = (latex: string) => katex.renderToString(latex, { ...katexOptions, displayMode: true, output: 'mathml' });

// Real entries covering aligned, cases, \operatorname and \mathbb.
const SAMPLES = ['batch-normalization', 'huber-loss', 'scaled-dot-product-attention', 'kl-divergence'];

describe('copy formats', () => {
  it('has its sample entries (a renamed entry must not shrink the tests)', () => {
    expect(SAMPLES.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('offers LaTeX first, and every format has a label', () => {
    expect(COPY_FORMATS[0].id).toBe('latex');
    expect(COPY_FORMATS.every((f) => f.label.length > 0 && f.short.length > 0)).toBe(true);
  });

  it.each(SAMPLES)('wraps the exact source of %s in each LaTeX and Markdown form', (id) => {
    const latex = latexOf(id);
    const source: EquationSource = { latex, id, index: 1 };
    expect(formatEquation('latex', source)).toBe(latex);
    expect(formatEquation('inline', source)).toBe(`$${latex}$`);
    expect(formatEquation('display', source)).toBe(`$$\n${latex}\n$$`);
    expect(formatEquation('brackets', source)).toBe(`\\[\n${latex}\n\\]`);
    expect(formatEquation('equation', source)).toBe(`\\begin{equation}\n${latex}\n\\label{eq:${id}}\n\\end{equation}`);
    expect(formatEquation('markdown', source)).toBe(`\`\`\`math\n${latex}\n\`\`\``);
    // Every LaTeX form still parses with the site's strict KaTeX settings.
    expect(() => katex.renderToString(latex, { ...katexOptions, displayMode: true })).not.toThrow();
  });

  it('numbers the labels of later equations of an entry', () => {
    expect(equationLabel('adam', 1)).toBe('eq:adam');
    expect(equationLabel('adam', 3)).toBe('eq:adam-3');
  });

  it.each(SAMPLES)('gives clean MathML for %s: one <math> element, no TeX annotation', (id) => {
    const mathml = formatEquation('mathml', { latex: latexOf(id), id, index: 1, mathml: mathmlOf(latexOf(id)) }) ?? '';
    expect(mathml).toMatch(/^<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/);
    expect(mathml).toMatch(/<\/math>$/);
    expect(mathml).not.toContain('annotation');
    expect(mathml).not.toContain('semantics');
  });

  it('keeps the MathML content when removing the annotation', () => {
    const raw = mathmlOf('x^{2}');
    expect(cleanMathml(raw)).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
  });

  it('offers MathML and Typst only when the equation has them', () => {
    const source: EquationSource = { latex: 'x', id: 'x', index: 1 };
    expect(formatEquation('mathml', source)).toBeUndefined();
    expect(formatEquation('typst', source)).toBeUndefined();
    expect(formatEquation('typst', { ...source, typst: 'x^2' })).toBe('$ x^2 $');
  });
});
