import { basename } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { convertToTypst } from '../lib/typst';

/**
 * Wraps every display equation (`$$…$$`, which remark-math turns into
 * `pre > code.math-display`) in a `<figure class="equation">` that carries, next to the
 * math KaTeX will render, its exact LaTeX source (visible without JavaScript under
 * "LaTeX source") and the copy controls that the `<copy-latex>` element wires up. The Typst
 * form is converted here, at build time, and offered only when it compiles and is faithful.
 * Runs before rehype-katex, so the source is the untouched Markdown text.
 */
export default function rehypeEquationFigure() {
  return (tree: Root, file: VFile) => {
    const title = String(file.data.astro?.frontmatter?.['title'] ?? 'this equation');
    const id = file.path ? basename(file.path, '.md') : 'equation';
    const base = file.data.base ?? '/';
    let index = 0;
    visit(tree, 'element', (node, position, parent) => {
      if (node.tagName !== 'pre' || !parent || position === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const classes = code?.properties['className'];
      if (!code || !Array.isArray(classes) || !classes.includes('math-display')) return;

      index += 1;
      const source = toText(code, { whitespace: 'pre' }).trim();
      const name = index === 1 ? title : `${title} (equation ${index})`;
      const typst = convertToTypst(source);
      const figure = h('figure', { className: ['equation'], id: `eq-${index}` }, [
        // A wide equation scrolls sideways in this box on a narrow screen: tabindex lets a
        // keyboard reach and scroll it (WCAG 2.1.1, axe's scrollable-region-focusable), and the
        // group's name says what took focus. KaTeX's MathML inside is still what is read.
        h('div', { className: ['equation-math'], tabIndex: 0, role: 'group', ariaLabel: name }, [node]),
        h('div', { className: ['equation-tools'], dataPagefindIgnore: '' }, [
          // The equation's number, as a paper prints it, is its link: the entry page's URL with
          // #eq-N, valid from a listing too. Opening it scrolls to the figure and highlights it (:target).
          h(
            'a',
            {
              className: ['equation-anchor'],
              href: `${base}equations/${id}/#eq-${index}`,
              ariaLabel: `Link to equation ${index}: ${name}`,
            },
            [{ type: 'text', value: `(${index})` }],
          ),
          h('copy-latex', { dataId: id, dataIndex: String(index), dataName: name, ...(typst.ok ? { dataTypst: typst.typst } : {}) }, [
            h('button', { type: 'button', className: ['copy-button'], hidden: true, ariaLabel: `Copy LaTeX for ${name}` }, [
              { type: 'text', value: 'Copy LaTeX' },
            ]),
            h(
              'button',
              {
                type: 'button',
                className: ['copy-menu-button'],
                hidden: true,
                ariaHaspopup: 'menu',
                ariaExpanded: 'false',
                ariaLabel: `More copy formats for ${name}`,
              },
              [{ type: 'text', value: 'Formats' }],
            ),
            h(
              'button',
              { type: 'button', className: ['copy-link-button'], hidden: true, ariaLabel: `Copy link to equation ${index}: ${name}` },
              [{ type: 'text', value: 'Copy link' }],
            ),
          ]),
        ]),
        // The raw source is not indexed (its markup words would match everything); the page
        // indexes normalised tokens instead (src/lib/search-index.ts).
        h('details', { className: ['equation-source'], dataPagefindIgnore: '' }, [
          h('summary', {}, [{ type: 'text', value: 'LaTeX source' }]),
          h('pre', {}, [h('code', { className: ['latex-source'] }, [{ type: 'text', value: source }])]),
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
