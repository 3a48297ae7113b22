import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * rehype-katex never throws: on invalid LaTeX it records a message on the file and
 * renders red `.katex-error` text, and the build would succeed. Run right after it, this
 * plugin turns any such message (or leftover `.katex-error`) into an error naming the file,
 * line and KaTeX's reason, so broken math never ships.
 * See https://github.com/remarkjs/remark-math/blob/main/packages/rehype-katex/lib/index.js
 */
export default function rehypeKatexStrict() {
  return (tree: Root, file: VFile) => {
    const problems = file.messages
      .filter((m) => m.source === 'rehype-katex')
      .map((m) => {
        const latex = m.ancestors?.at(-1);
        const source = latex && 'children' in latex ? textOf(latex as Parameters<typeof textOf>[0]) : '';
        const line = m.line ?? m.ancestors?.findLast((a) => a.position)?.position?.start.line ?? '?';
        return `${file.path}:${line}: invalid LaTeX: ${m.cause instanceof Error ? m.cause.message : m.reason}${source ? `\n    in: ${source}` : ''}`;
      });
    visit(tree, 'element', (node) => {
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes('katex-error') && problems.length === 0) {
        problems.push(`${file.path}: KaTeX produced an error element: ${node.properties['title'] ?? ''}`);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}

function textOf(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as typeof node)).join('');
}
