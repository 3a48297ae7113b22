import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { portabilityProblems } from '../lib/content-lint';

/**
 * KaTeX happily renders some input that a paper cannot use: Unicode symbols such as `∑`,
 * KaTeX-only shortcuts such as `\R`, and (with `trust: false`) `\href` as red text rather
 * than an error. The site promises LaTeX that compiles with pdfLaTeX + amsmath, so any of
 * these fails the build, naming the file and line. Runs before rehype-katex.
 */
export default function rehypeLatexPortable() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    visit(tree, 'element', (node) => {
      const classes = node.properties['className'];
      if (!Array.isArray(classes) || !(classes.includes('math-display') || classes.includes('math-inline'))) return;
      const latex = toText(node, { whitespace: 'pre' });
      for (const problem of portabilityProblems(latex)) {
        problems.push(`${file.path}:${node.position?.start.line ?? '?'}: ${problem}\n    in: ${latex.trim()}`);
      }
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
