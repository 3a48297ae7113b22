import { describe, expect, it } from 'vitest';
import { displayLatex, entryParts, parseMarkdown } from '../../src/lib/latex-blocks';
import { katexOptions } from '../../src/lib/katex-options';
import { renderEntry, renderMarkdown } from '../helpers/markdown';

const SOURCE = '\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}';
const ENTRY = `$$\n${SOURCE}\n$$\n\nText with $x < y$ and \`code\`.\n\n$$\n  a & b  \n$$\n`.replace('  a & b  ', 'a + b');

describe('the Markdown pipeline', () => {
  it('uses one set of KaTeX options: strict, untrusted, MathML kept', () => {
    expect(katexOptions).toEqual({ output: 'htmlAndMathml', strict: 'error', trust: false, throwOnError: true });
  });

  it('typesets display and inline math at build time with MathML', () => {
    const html = renderMarkdown(ENTRY);
    expect(html.match(/class="katex-display"/g)).toHaveLength(2);
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).not.toContain('katex-error');
  });

  it('wraps each display equation in a figure with a labelled copy button and its exact source', () => {
    const html = renderMarkdown(ENTRY, 'Softmax');
    expect(html).toContain('aria-label="Copy LaTeX for Softmax"');
    expect(html).toContain('aria-label="Copy LaTeX for Softmax (equation 2)"');
    // The box a wide equation scrolls in is named and reachable by keyboard.
    expect(html).toContain('<div class="equation-math" tabindex="0" role="group" aria-label="Softmax (equation 2)">');
    // The button is hidden until the script runs, so no dead control without JavaScript.
    expect(html).toMatch(/<button type="button" class="copy-button" hidden/);
    const source = /<code class="latex-source"[^>]*>([^<]*)<\/code>/.exec(html)?.[1];
    expect(source?.replace(/&#x26;/g, '&')).toBe(SOURCE);
  });

  it('extracts the same source strings the copy buttons hold', () => {
    const html = renderMarkdown(ENTRY);
    const fromHtml = [...html.matchAll(/<code class="latex-source"[^>]*>([^<]*)<\/code>/g)].map((m) =>
      m[1]?.replace(/&#x26;/g, '&').replace(/&#x3C;/g, '<'),
    );
    expect(displayLatex(ENTRY)).toEqual(fromHtml);
    expect(displayLatex(ENTRY)).toEqual([SOURCE, 'a + b']);
  });

  it('records each typeset figure, without its id, in the same pass', () => {
    const { html, figures } = renderEntry(ENTRY);
    expect(figures).toHaveLength(2);
    expect(figures.every((f) => f.startsWith('<figure class="equation">'))).toBe(true);
    // The figure is the page's figure, typeset, minus the id.
    expect(html).toContain(figures[0]?.replace('<figure class="equation">', '<figure class="equation" id="eq-1">'));
    expect(figures[0]).toContain('class="katex-display"');
  });

  it('reads the LaTeX, the Where list and the text from the one parsed tree', () => {
    const parts = entryParts(
      parseMarkdown(`${ENTRY}\n## Where\n\n- $\\mathbf{z}$: the logits.\n- $K$: the *number* of classes, 10% or \`K_max\` – at most.\n`),
    );
    expect(parts.display).toEqual([SOURCE, 'a + b']);
    expect(parts.inline).toEqual(['x < y', '\\mathbf{z}', 'K']);
    expect(parts.where).toEqual([
      { latex: '\\mathbf{z}', text: 'the logits.', tex: '$\\mathbf{z}$: the logits.' },
      {
        latex: 'K',
        text: 'the number of classes, 10% or K_max – at most.',
        tex: '$K$: the \\emph{number} of classes, 10\\% or \\texttt{K\\_max} -- at most.',
      },
    ]);
    expect(parts.text).toContain('Text with x < y and code.');
  });

  it('reports the line and KaTeX reason of math it cannot typeset, for the validator', () => {
    const [problem, ...more] = renderEntry('Text.\n\n$$\n\\frac{1}{2\n$$\n').katexProblems;
    expect(more).toEqual([]);
    expect(problem?.line).toBe(3);
    expect(problem?.message).toMatch(/^KaTeX parse error/);
    expect(renderEntry('Inline $\\frac{$ math.\n').katexProblems[0]?.message).toMatch(/KaTeX parse error/);
    expect(() => renderMarkdown('$$\n\\frac{1}{2\n$$\n')).toThrow(/invalid LaTeX/);
  });

  it('throws, naming the file, on raw HTML and unsafe links (a safety net behind the validator)', () => {
    expect(() => renderMarkdown('<script>alert(1)</script>\n')).toThrow(/test-entry\.md:1: raw HTML is not allowed/);
    expect(() => renderMarkdown('[x](javascript:alert(1))\n')).toThrow(/links must be http/);
  });

  it.each([
    ['a <script>', '<script>alert(1)</script>\n'],
    ['an <img onerror>', 'Text <img src=x onerror="alert(1)"> here.\n'],
    ['an <iframe>', '<iframe src="https://example.com"></iframe>\n'],
    ['a javascript: link', '[x](javascript:alert(1))\n'],
    ['a javascript: autolink', '<javascript:alert(1)>\n'],
  ])('refuses %s in an entry, naming the file', (_what, markdown) => {
    expect(() => renderMarkdown(markdown)).toThrow(/test-entry\.md/);
  });

  it('prefixes links between entries with the base path, keeping the hash', () => {
    expect(renderMarkdown('See [recall](/equations/recall/).\n')).toContain('href="/equations/recall/"');
    expect(renderMarkdown('See [recall](/equations/recall/#eq-1).\n', 'T', '/ml-equations/')).toContain(
      'href="/ml-equations/equations/recall/#eq-1"',
    );
  });
});
