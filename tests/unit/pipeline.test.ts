import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import { katexOptions } from '../../src/lib/katex-options';
import { equationFigures } from '../../src/lib/rendered';
import remarkEntryLinks from '../../src/markdown/remark-entry-links';
import { CONTENT_DIR } from '../helpers/entries';
import { renderMarkdown } from '../helpers/markdown';

const SOURCE = '\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}';
const ENTRY = `$$\n${SOURCE}\n$$\n\nText with $x < y$ and \`code\`.\n\n$$\n  a & b  \n$$\n`.replace('  a & b  ', 'a + b');

describe('the Markdown pipeline', () => {
  it('uses one set of KaTeX options: strict, untrusted, MathML kept', () => {
    expect(katexOptions).toEqual({ output: 'htmlAndMathml', strict: 'error', trust: false, throwOnError: true });
  });

  it('typesets display and inline math at build time with MathML', async () => {
    const html = await renderMarkdown(ENTRY);
    expect(html.match(/class="katex-display"/g)).toHaveLength(2);
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).not.toContain('katex-error');
  });

  it('wraps each display equation in a figure with a labelled copy button and its exact source', async () => {
    const html = await renderMarkdown(ENTRY, 'Softmax');
    expect(html).toContain('aria-label="Copy LaTeX for Softmax"');
    expect(html).toContain('aria-label="Copy LaTeX for Softmax (equation 2)"');
    // The box a wide equation scrolls in is named and reachable by keyboard.
    expect(html).toContain('<div class="equation-math" tabindex="0" role="group" aria-label="Softmax (equation 2)">');
    // The button is hidden until the script runs, so no dead control without JavaScript.
    expect(html).toMatch(/<button type="button" class="copy-button" hidden/);
    const source = /<code class="latex-source"[^>]*>([^<]*)<\/code>/.exec(html)?.[1];
    expect(source?.replace(/&#x26;/g, '&')).toBe(SOURCE);
  });

  it('extracts the same source strings the copy buttons hold', async () => {
    const html = await renderMarkdown(ENTRY);
    const fromHtml = [...html.matchAll(/<code class="latex-source"[^>]*>([^<]*)<\/code>/g)].map((m) =>
      m[1]?.replace(/&#x26;/g, '&').replace(/&#x3C;/g, '<'),
    );
    expect(displayLatex(ENTRY)).toEqual(fromHtml);
    expect(displayLatex(ENTRY)).toEqual([SOURCE, 'a + b']);
  });

  it('pulls the equation figures out of rendered HTML without their ids', async () => {
    const figures = equationFigures(await renderMarkdown(ENTRY));
    expect(figures).toHaveLength(2);
    expect(figures.every((f) => f.startsWith('<figure class="equation">'))).toBe(true);
  });

  it('throws, naming the file, on invalid LaTeX, raw HTML and unsafe links', async () => {
    await expect(renderMarkdown('$$\n\\frac{1}{2\n$$\n')).rejects.toThrow(/test-entry\.md:\d+: invalid LaTeX: KaTeX parse error/);
    await expect(renderMarkdown('Inline $\\frac{$ math.\n')).rejects.toThrow(/test-entry\.md.*invalid LaTeX/);
    await expect(renderMarkdown('<script>alert(1)</script>\n')).rejects.toThrow(/test-entry\.md:1: raw HTML is not allowed/);
    await expect(renderMarkdown('[x](javascript:alert(1))\n')).rejects.toThrow(/links must be http/);
    await expect(renderMarkdown('$$\n\\href{https://example.com}{x}\n$$\n')).rejects.toThrow(/\\href: not available/);
    await expect(renderMarkdown('$$\nx ∈ A\n$$\n')).rejects.toThrow(/Unicode character/);
  });

  it.each([
    ['a <script>', '<script>alert(1)</script>\n'],
    ['an <img onerror>', 'Text <img src=x onerror="alert(1)"> here.\n'],
    ['an <iframe>', '<iframe src="https://example.com"></iframe>\n'],
    ['a javascript: link', '[x](javascript:alert(1))\n'],
    ['a javascript: autolink', '<javascript:alert(1)>\n'],
    ['\\url', '$$\n\\url{https://example.com}\n$$\n'],
    ['\\includegraphics', '$$\n\\includegraphics{x.png}\n$$\n'],
    ['\\htmlClass', '$$\n\\htmlClass{x}{y}\n$$\n'],
    ['\\htmlStyle', '$x \\htmlStyle{color: red}{y}$\n'],
    ['\\htmlData', '$$\n\\htmlData{foo=bar}{y}\n$$\n'],
  ])('refuses %s in an entry, naming the file', async (_what, markdown) => {
    await expect(renderMarkdown(markdown)).rejects.toThrow(/test-entry\.md/);
  });

  it('checks links between entries and fails on a missing one, naming the file', async () => {
    await expect(renderMarkdown('See [recall](/equations/recall/).\n')).resolves.toContain('href="/equations/recall/"');
    await expect(renderMarkdown('See [x](/equations/no-such-entry/).\n')).rejects.toThrow(
      /test-entry\.md:1: link to a missing entry "no-such-entry"/,
    );
  });

  it('prefixes links between entries with the base path', () => {
    const tree = {
      type: 'root' as const,
      children: [{ type: 'link' as const, url: '/equations/recall/#eq-1', children: [] }],
    };
    remarkEntryLinks({ base: '/ml-equations/', contentDir: CONTENT_DIR })(tree, new VFile({ path: 'x.md' }));
    expect(tree.children[0]?.url).toBe('/ml-equations/equations/recall/#eq-1');
  });
});
