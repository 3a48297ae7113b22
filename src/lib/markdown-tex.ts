import type { PhrasingContent, RootContent } from 'mdast';
import { texText } from './bibtex';

/**
 * Markdown prose as LaTeX, for the downloadable `.tex` of an entry: text escaped (texText),
 * inline math kept as `$…$`, emphasis, strong and code as \emph, \textbf and \texttt, a link
 * as its text. Lenient: characters without a LaTeX spelling pass through (the validator
 * reports them in the entry first).
 */
export function proseTex(nodes: readonly (RootContent | PhrasingContent)[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return texText(node.value.replace(/\s+/g, ' '), { strict: false });
        case 'inlineMath':
          return `$${node.value}$`;
        case 'emphasis':
          return `\\emph{${proseTex(node.children)}}`;
        case 'strong':
          return `\\textbf{${proseTex(node.children)}}`;
        case 'inlineCode':
          return `\\texttt{${texText(node.value, { strict: false })}}`;
        case 'break':
          return ' ';
        case 'paragraph':
        case 'link':
        case 'delete':
          return proseTex(node.children);
        default:
          return 'children' in node ? proseTex(node.children) : '';
      }
    })
    .join('')
    .trim();
}
