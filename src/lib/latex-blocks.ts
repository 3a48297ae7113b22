import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import { visit } from 'unist-util-visit';

export interface MathBlocks {
  /** Contents of each `$$…$$` display block, trimmed, in order. */
  display: string[];
  /** Contents of each inline `$…$`, in order. */
  inline: string[];
}

/** The Markdown tree of an entry body with its math nodes, parsed as remark-math parses it. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [math()], mdastExtensions: [mathFromMarkdown()] });
}

/**
 * Reads the math out of an entry's Markdown body the same way remark-math does, so the
 * strings are byte-identical to what the copy buttons hand out and what KaTeX rendered.
 */
export function extractMath(markdown: string): MathBlocks {
  const tree = parseMarkdown(markdown);
  const display: string[] = [];
  const inline: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'math') display.push(node.value.trim());
    else if (node.type === 'inlineMath') inline.push(node.value);
  });
  return { display, inline };
}

/** The exact LaTeX source of each display equation of an entry body, in order. */
export function displayLatex(markdown: string): string[] {
  return extractMath(markdown).display;
}
