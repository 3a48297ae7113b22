import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { BASE, CONTENT_DIR } from '../config';
import { withBase } from '../lib/urls';

export interface EntryLinksOptions {
  /** The site's base path (astro.config.mjs `base`). */
  base: string;
  /** Where the entries live; their file names are the ids links may point to. */
  contentDir: string;
}

const ENTRY_LINK = /^\/equations\/([^/?#]+)\/?([?#].*)?$/;

/** Entry ids from the file names under the content directory. */
function entryIds(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => basename(f, '.md')),
    );
  } catch {
    return new Set();
  }
}

/**
 * Entries link to each other as `[recall](/equations/recall/)`, which reads well on GitHub.
 * This plugin fails the build, naming the file and line, when the id does not exist, and
 * prefixes the configured base so the link works under a sub-path (e.g. /ml-equations/).
 */
export default function remarkEntryLinks(options: EntryLinksOptions) {
  const ids = entryIds(options.contentDir);
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      const match = ENTRY_LINK.exec(node.url);
      if (!match) return;
      const [, id = '', rest = ''] = match;
      if (!ids.has(id)) {
        const where = `${file.path}:${node.position?.start.line ?? '?'}`;
        throw new Error(`${where}: link to a missing entry "${id}" (${node.url}); no content/equations/**/${id}.md exists`);
      }
      node.url = withBase(`/equations/${id}/${rest}`, options.base);
    });
  };
}

/** The options for this build: BASE as in astro.config.mjs, entries under ./content/equations. */
export const entryLinksOptions = (): EntryLinksOptions => ({
  base: BASE,
  contentDir: join(process.cwd(), CONTENT_DIR),
});
