import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { unsafeNodeProblem } from '../lib/content-validator';

/**
 * Entries are Markdown only. Raw HTML (a `<script>`, an `<img onerror>`, an `<iframe>`) would
 * ship verbatim because Astro renders Markdown with `allowDangerousHtml`. The content validator
 * rejects it before anything renders; this plugin applies the same rule (one definition,
 * unsafeNodeProblem) to whatever the pipeline renders, such as a file edited under `astro dev`,
 * and fails naming the file and line.
 */
export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const problem = unsafeNodeProblem(node);
      if (problem) throw new Error(`${file.path}:${node.position?.start.line ?? '?'}: ${problem.message}`);
    });
  };
}
