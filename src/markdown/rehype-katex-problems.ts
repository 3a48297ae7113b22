import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Math KaTeX could not typeset: where, and KaTeX's reason. */
export interface KatexProblem {
  line?: number;
  message: string;
}

/**
 * rehype-katex never throws: on invalid LaTeX it records a message on the file and renders
 * red `.katex-error` text. Run right after it, this plugin collects those messages (and any
 * leftover `.katex-error` element) into `file.data.katexProblems`, which the content
 * validator reports as `math` problems, so broken math never ships.
 * See https://github.com/remarkjs/remark-math/blob/main/packages/rehype-katex/lib/index.js
 */
export default function rehypeKatexProblems() {
  return (tree: Root, file: VFile) => {
    const problems: KatexProblem[] = file.messages
      .filter((m) => m.source === 'rehype-katex')
      .map((m) => {
        const line = m.line ?? m.ancestors?.findLast((a) => a.position)?.position?.start.line;
        return { message: m.cause instanceof Error ? m.cause.message : m.reason, ...(line ? { line } : {}) };
      });
    visit(tree, 'element', (node) => {
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes('katex-error') && problems.length === 0) {
        problems.push({ message: `KaTeX produced an error element: ${node.properties['title'] ?? ''}` });
      }
    });
    file.data.katexProblems = problems;
  };
}
