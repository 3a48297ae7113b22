import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline';

/** Renders Markdown through the site's real plugin list, as Astro does for an entry. */
export async function renderMarkdown(markdown: string, title = 'Test entry'): Promise<string> {
  const file = new VFile({ value: markdown, path: 'content/equations/test/test-entry.md', data: { astro: { frontmatter: { title } } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
  return String(await processor.process(file));
}
