import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Entries are Markdown only. Raw HTML (a `<script>`, an `<img onerror>`, an `<iframe>`)
 * would ship verbatim because Astro renders Markdown with `allowDangerousHtml`, so it fails
 * the build instead, naming the file and line. So do `javascript:` and `data:` links.
 */
export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const where = `${file.path}:${node.position?.start.line ?? '?'}`;
      if (node.type === 'html') {
        throw new Error(`${where}: raw HTML is not allowed in entries (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown`);
      }
      if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        /^\s*(javascript|data|vbscript):/i.test(node.url)
      ) {
        throw new Error(`${where}: link to "${node.url.slice(0, 40)}" is not allowed; links must be http(s) or relative`);
      }
      if (node.type === 'image') {
        throw new Error(`${where}: images are not allowed in entries; write the formula in $$…$$`);
      }
    });
  };
}
