import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatProblem, validateEntries, type EntrySource, type ValidateOptions } from './content-validator';

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
 * The collection loader: the content validator, then Astro's `glob()`.
 *
 * Every file is validated before anything renders (src/lib/content-validator.ts), and all
 * problems are reported at once, as `file:line — rule — message`. `glob()` itself only
 * logs Markdown render errors and stores the entry with an empty body, so the build would
 * exit 0 with a broken page: this wrapper turns those into a thrown error too.
 */
export function equationLoader(options: { base: string } & ValidateOptions): Loader {
  const inner = glob({
    pattern: '**/*.md',
    base: options.base,
    // The permalink is the file name, whatever folder the entry lives in.
    generateId: ({ entry }) => basename(entry, '.md'),
  });
  return {
    name: 'equation-loader',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
      const problems = validateEntries(await readSources(baseDir, root), options);
      if (problems.length > 0) {
        const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
        throw new ContentError(`${count}:\n${problems.map(formatProblem).join('\n')}`);
      }

      const renderErrors: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        renderErrors.push(message);
      };
      await inner.load({ ...context, logger });
      if (renderErrors.length > 0) {
        throw new ContentError(renderErrors.map((m) => m.replace(/^Error rendering /, '')).join('\n'));
      }
      // A cached entry whose earlier render failed has no HTML: never ship it.
      const empty = [...context.store.values()].filter((e) => !e.rendered?.html);
      if (empty.length > 0) {
        throw new ContentError(empty.map((e) => `${e.filePath ?? e.id} — render — entry has no rendered body`).join('\n'));
      }
    },
  };
}
