import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';

/**
 * After an entry's Where list, a link to /notation/: the conventions behind every symbol the
 * list does not define (bold vectors, hats, logarithms, ⊙ …). Not indexed for search.
 */
export default function rehypeNotationLink() {
  return (tree: Root, file: VFile) => {
    const base = file.data.base ?? '/';
    const children = tree.children;
    const at = children.findIndex((n) => n.type === 'element' && n.tagName === 'h2' && toText(n).trim() === 'Where');
    if (at < 0) return;
    const list = children.findIndex((n, i) => i > at && n.type === 'element' && n.tagName === 'ul');
    if (list < 0) return;
    const link: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['notation-link'], dataPagefindIgnore: '' },
      children: [
        { type: 'text', value: 'Other symbols follow the site’s ' },
        { type: 'element', tagName: 'a', properties: { href: `${base}notation/` }, children: [{ type: 'text', value: 'notation' }] },
        { type: 'text', value: '.' },
      ],
    };
    children.splice(list + 1, 0, link);
  };
}
