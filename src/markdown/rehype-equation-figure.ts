import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps every display equation (`$$…$$`, which remark-math turns into
 * `pre > code.math-display`) in a `<figure class="equation">` that carries, next to the
 * math KaTeX will render, its exact LaTeX source (visible without JavaScript under
 * "LaTeX source") and a copy button that the `<copy-latex>` element wires up.
 * Runs before rehype-katex, so the source is the untouched Markdown text.
 */
export default function rehypeEquationFigure() {
  return (tree: Root, file: VFile) => {
    const title = String(file.data.astro?.frontmatter?.['title'] ?? 'this equation');
    let index = 0;
    visit(tree, 'element', (node, position, parent) => {
      if (node.tagName !== 'pre' || !parent || position === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const classes = code?.properties['className'];
      if (!code || !Array.isArray(classes) || !classes.includes('math-display')) return;

      index += 1;
      const source = toText(code, { whitespace: 'pre' }).trim();
      const label = index === 1 ? `Copy LaTeX for ${title}` : `Copy LaTeX for ${title} (equation ${index})`;
      const figure = h('figure', { className: ['equation'], id: `eq-${index}` }, [
        h('div', { className: ['equation-math'] }, [node]),
        h('div', { className: ['equation-tools'], dataPagefindIgnore: '' }, [
          h('copy-latex', {}, [
            h('button', { type: 'button', className: ['copy-button'], hidden: true, ariaLabel: label, dataLabel: label }, [
              { type: 'text', value: 'Copy LaTeX' },
            ]),
          ]),
        ]),
        h('details', { className: ['equation-source'] }, [
          h('summary', { dataPagefindIgnore: '' }, [{ type: 'text', value: 'LaTeX source' }]),
          h('pre', {}, [h('code', { className: ['latex-source'], dataPagefindWeight: '2' }, [{ type: 'text', value: source }])]),
        ]),
      ]);
      parent.children.splice(position, 1, figure);
      return [SKIP, position + 1];
    });
  };
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
