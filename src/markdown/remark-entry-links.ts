import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

const ENTRY_LINK = /^\/equations\/([^/?#]+)\/?([?#].*)?$/;

/**
 * Entries link to each other as `[recall](/equations/recall/)`, which reads well on GitHub.
 * This plugin prefixes the site's base path (`file.data.base`) so the link works under a
 * sub-path (e.g. /ml-equations/). That the entry exists is a content rule: the validator
 * checks it (rule `entry-link`) before anything renders.
 */
export default function remarkEntryLinks() {
  return (tree: Root, file: VFile) => {
    const base = file.data.base ?? '/';
    visit(tree, 'link', (node) => {
      const match = ENTRY_LINK.exec(node.url);
      if (!match) return;
      const [, id = '', rest = ''] = match;
      node.url = withBase(`/equations/${id}/${rest}`, base);
    });
  };
}
