import { verifyEntry, type Check, type EntryVerification, type Verification } from '../lib/verification';

/**
 * Every numerical check, read from the files beside the entries: the checks of
 * content/equations/<category>/<id>.md live in <id>.check.ts, whose default export is a list
 * of `formula(…)` / `chain(…)` checks. An entry is "numerically verified" when its check file
 * has at least one. The content validator runs them when content loads (a disagreement fails
 * the build), and the entry page asks again for what to show.
 */
const modules = import.meta.glob<{ default: readonly Check[] }>('/content/equations/**/*.check.ts', { eager: true });

export const VERIFICATIONS: readonly Verification[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([path, module]) => {
    const id = /([^/]+)\.check\.ts$/.exec(path)?.[1] ?? path;
    return module.default.map((check) => ({ ...check, id, file: path.replace(/^\//, '') }));
  });

/** The check files, relative to the project root, with the ids they check. */
export const CHECK_FILES: ReadonlyMap<string, string> = new Map(VERIFICATIONS.map((v) => [v.id, v.file]));

/** The verifications of one entry ([] when it has none). */
export function verificationsFor(id: string): Verification[] {
  return VERIFICATIONS.filter((v) => v.id === id);
}

/** The ids of every numerically verified entry. */
export const VERIFIED_IDS: ReadonlySet<string> = new Set(VERIFICATIONS.map((v) => v.id));

const results = new Map<string, EntryVerification>();

/**
 * Runs the checks of one entry on its `$$` blocks (see verifyEntry); throws on a disagreement.
 * The validator, the entry page and /equations.json all ask, so each entry is checked once a build.
 */
export function verifyEquation(id: string, blocks: readonly string[]): EntryVerification {
  const key = `${id}\u0000${blocks.join('\u0000')}`;
  let result = results.get(key);
  if (!result) {
    result = verifyEntry(id, blocks, VERIFICATIONS);
    results.set(key, result);
  }
  return result;
}
