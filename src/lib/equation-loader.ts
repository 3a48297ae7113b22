import { readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ENTRY_ID_PATTERN } from './schema';

/** Thrown for any content problem; the message always starts with the file path. */
export class ContentError extends Error {
  override name = 'ContentError';
}

async function listMarkdown(dir: string): Promise<string[]> {
  const dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  return dirents
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Ids are file names, so two files with one name anywhere under the base are a conflict. */
export function findIdProblems(files: readonly string[], root: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = basename(file, '.md');
    const rel = relative(root, file);
    if (!ENTRY_ID_PATTERN.test(id)) {
      problems.push(
        `${rel}: file name "${id}" is not a valid entry id; use lowercase words joined by hyphens, e.g. "layer-normalization.md"`,
      );
    }
    const first = seen.get(id);
    if (first) {
      problems.push(
        `${rel}: duplicate entry id "${id}", also used by ${first}; entry ids are file names and must be unique across folders`,
      );
    } else {
      seen.set(id, rel);
    }
  }
  return problems;
}

/**
 * The collection loader: Astro's `glob()` with the checks it lacks.
 *
 * `glob()` logs Markdown render errors and stores the entry with an empty body, so the
 * build would exit 0 with a broken page; it also only warns about duplicate ids and
 * does not know about `related`. This wrapper turns each of those into a thrown error
 * that names the file, so `astro build` fails.
 */
export function equationLoader(options: { base: string }): Loader {
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
      const files = await listMarkdown(baseDir);
      const idProblems = findIdProblems(files, root);
      if (idProblems.length > 0) throw new ContentError(idProblems.join('\n'));

      const renderErrors: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        renderErrors.push(message);
      };
      await inner.load({ ...context, logger });
      if (renderErrors.length > 0) {
        throw new ContentError(renderErrors.map((m) => m.replace(/^Error rendering /, '')).join('\n'));
      }

      const entries = [...context.store.values()];
      const ids = new Set(entries.map((e) => e.id));
      const problems: string[] = [];
      for (const entry of entries) {
        // A cached entry whose earlier render failed has no HTML: never ship it.
        if (!entry.rendered?.html) {
          problems.push(`${entry.filePath ?? entry.id}: entry has no rendered body (it failed to render or has no content)`);
        }
        const related = (entry.data['related'] ?? []) as string[];
        for (const id of related) {
          if (!ids.has(id)) {
            problems.push(`${entry.filePath ?? entry.id}: related entry "${id}" does not exist (no file content/equations/**/${id}.md)`);
          }
          if (id === entry.id) problems.push(`${entry.filePath ?? entry.id}: an entry cannot be related to itself`);
        }
      }
      if (problems.length > 0) throw new ContentError(problems.join('\n'));
    },
  };
}
