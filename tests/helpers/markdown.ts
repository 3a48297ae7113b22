import { parseMarkdown } from '../../src/lib/latex-blocks';
import { renderTree, type RenderedEntry } from '../../src/markdown/pipeline';

/** Renders Markdown as the collection loader renders an entry: parsed once, then the site's pipeline. */
export function renderEntry(markdown: string, title = 'Test entry', base = '/'): RenderedEntry {
  return renderTree(parseMarkdown(markdown), { path: 'content/equations/test/test-entry.md', title, base });
}

/** The HTML of {@link renderEntry}; throws KaTeX's reasons, as the build would fail on them. */
export function renderMarkdown(markdown: string, title = 'Test entry', base = '/'): string {
  const { html, katexProblems } = renderEntry(markdown, title, base);
  if (katexProblems.length > 0) throw new Error(katexProblems.map((p) => `${p.line ?? '?'}: invalid LaTeX: ${p.message}`).join('\n'));
  return html;
}
