import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, loadEntries, type EntrySource, type ValidateOptions } from './content-validator';
import type { EntryParts } from './latex-blocks';

/** Thrown for any content problem; each line starts with the file path. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    // The message says where and why; a stack trace into the loader would only bury it.
    this.stack = `${this.name}: ${message}`;
  }
}

async function listMarkdown(dir: string): Promise<string[]> {
  const dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  return dirents
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every entry under `dir` as a contributor wrote it, with paths relative to `root`. */
export async function readSources(dir: string, root: string): Promise<EntrySource[]> {
  const files = await listMarkdown(dir);
  return Promise.all(files.map(async (file) => ({ file: relative(root, file), text: await readFile(file, 'utf8') })));
}

/**
 * The collection loader. It reads every Markdown file under `base`, and hands them to the
 * content validator (src/lib/content-validator.ts), which parses each file once, checks every
 * rule and renders the entry. All problems are reported at once, as `file:line — rule —
 * message`, and nothing is stored unless the whole collection is valid: a build never ships a
 * broken page. Each stored entry carries its rendered HTML and, in `rendered.metadata.parts`,
 * what the pages, the export and the search index read (see src/lib/equations.ts).
 */
export function equationLoader(options: { base: string } & ValidateOptions): Loader {
  return {
    name: 'equation-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
      const load = async () => {
        const { problems, entries } = loadEntries(await readSources(baseDir, root), {
          ...(options.verifications ? { verifications: options.verifications } : {}),
          base: context.config.base,
        });
        if (problems.length > 0) {
          const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
          throw new ContentError(`${count}:\n${problems.map(formatProblem).join('\n')}`);
        }
        context.store.clear();
        for (const entry of entries) {
          const data = await context.parseData({ id: entry.id, data: entry.frontmatter, filePath: entry.file });
          const { html, figures, headings } = entry.rendered;
          context.store.set({
            id: entry.id,
            data,
            body: entry.body,
            filePath: entry.file,
            digest: context.generateDigest(entry.text),
            rendered: { html, metadata: { headings, parts: { ...entry.parts, figures } satisfies StoredParts } },
          });
        }
      };
      await load();
      // `astro dev`: any change under the content folder loads the collection again.
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(baseDir) || !path.endsWith('.md')) return;
        load().catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/** What an entry stores besides its HTML (read back with `partsOf`, src/lib/equations.ts). */
export type StoredParts = EntryParts & { figures: string[] };
