import type { ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { proseTex } from './markdown-tex';

/**
 * The one Markdown parser for entries (CommonMark + GFM + `$`/`$$` math, as remark-math
 * reads it), and what an entry's tree holds besides its HTML: the exact LaTeX of its
 * equations and the symbols its "Where" list defines. The content validator parses each
 * entry once with it; the same tree then feeds the checks, the search index, the export and
 * the renderer (src/markdown/pipeline.ts).
 */

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/** The Markdown tree of an entry body, with its math nodes. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** One item of an entry's "Where" list: the symbol it defines and the item's text. */
export interface WhereSymbol {
  /** The LaTeX of the item's first inline math (the symbol), '' when the item has none. */
  latex: string;
  /** The item's words, without its math: "the logits." */
  text: string;
  /** The whole item as LaTeX prose (math as `$…$`), for the entry's `.tex`. */
  tex: string;
}

export interface EntryParts {
  /** Contents of each `$$…$$` display block, trimmed, in order: what the copy buttons hand out. */
  display: string[];
  /** Contents of each inline `$…$`, in order. */
  inline: string[];
  /** The "## Where" list. */
  where: WhereSymbol[];
  /** The body as plain text (prose and math source), for the search index. */
  text: string;
}

/** `## Where` followed by a list: the list, or undefined. */
function whereList(tree: Root): ListItem[] | undefined {
  const i = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Where');
  const list = i >= 0 ? tree.children[i + 1] : undefined;
  return list?.type === 'list' ? list.children : undefined;
}

/** Reads an entry's parts from its tree (before rendering, which rewrites text and links). */
export function entryParts(tree: Root): EntryParts {
  const display: string[] = [];
  const inline: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'math') display.push(node.value.trim());
    else if (node.type === 'inlineMath') inline.push(node.value);
  });
  const where = (whereList(tree) ?? []).map((item): WhereSymbol => {
    let latex = '';
    visit(item, 'inlineMath', (node) => {
      latex ||= node.value;
    });
    const prose: string[] = [];
    visit(item, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') prose.push(node.value);
    });
    return {
      latex,
      tex: proseTex(item.children),
      text: prose
        .join('')
        .replace(/\s+/g, ' ')
        .replace(/^[\s:,.-]+/, '')
        .trim(),
    };
  });
  return { display, inline, where, text: toString(tree) };
}

/** Whether the tree has a "## Where" heading directly followed by a list. */
export const hasWhereList = (tree: Root): boolean => whereList(tree) !== undefined;

/** The math of a Markdown body, read as the renderer reads it. */
export function extractMath(markdown: string): Pick<EntryParts, 'display' | 'inline'> {
  const { display, inline } = entryParts(parseMarkdown(markdown));
  return { display, inline };
}

/** The exact LaTeX source of each display equation of an entry body, in order. */
export function displayLatex(markdown: string): string[] {
  return extractMath(markdown).display;
}
