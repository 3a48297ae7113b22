import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Records each display equation's typeset `<figure class="equation">` (from
 * rehype-equation-figure, after rehype-katex) as HTML in `file.data.figures`, for listings
 * and search results that show an entry's equations without its prose. The `id` is left out:
 * a listing holds many entries, and ids must stay unique on a page.
 */
export default function rehypeCollectFigures() {
  return (tree: Root, file: VFile) => {
    const figures: string[] = [];
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties['className'];
      if (node.tagName !== 'figure' || !Array.isArray(classes) || !classes.includes('equation')) return;
      figures.push(toHtml({ ...node, properties: { ...node.properties, id: undefined } }));
      return SKIP;
    });
    file.data.figures = figures;
  };
}
