import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const UNSAFE_URL = /^\s*(javascript|data|vbscript|file):/i;

/**
 * The safety rules on one Markdown node: raw HTML (Astro would ship it verbatim), images (a
 * request to wherever they point) and `javascript:`/`data:` links. The content validator
 * reports them; the plugin below applies the same rules to anything the pipeline renders.
 */
export function unsafeNodeProblem(node: Nodes): { rule: string; message: string } | undefined {
  if (node.type === 'html') {
    return {
      rule: 'raw-html',
      message: `raw HTML is not allowed in entries (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown`,
    };
  }
  if (node.type === 'image') return { rule: 'image', message: 'images are not allowed in entries; write the formula in $$…$$' };
  if ((node.type === 'link' || node.type === 'definition') && UNSAFE_URL.test(node.url)) {
    return { rule: 'unsafe-link', message: `link to "${node.url.slice(0, 40)}" is not allowed; links must be http(s) or relative` };
  }
  return undefined;
}

/**
 * Entries are Markdown only. Raw HTML (a `<script>`, an `<img onerror>`, an `<iframe>`) would
 * ship verbatim if a renderer allowed dangerous HTML. The content validator
 * rejects it before anything renders; this plugin applies the same rule (one definition,
 * unsafeNodeProblem) to whatever the pipeline renders, and fails naming the file and line.
 */
export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const problem = unsafeNodeProblem(node);
      if (problem) throw new Error(`${file.path}:${node.position?.start.line ?? '?'}: ${problem.message}`);
    });
  };
}
