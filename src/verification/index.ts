import { describeEntryChecks, type Check, type EntryVerification, type Verification } from '../lib/verification';

/**
 * Every numerical check, read from the files beside the entries: the checks of
 * content/equations/<category>/<id>.md live in <id>.check.ts, whose default export is a list
 * of `formula(…)` / `chain(…)` checks. An entry is "numerically verified" when its check file
 * has at least one. The content validator runs them when content loads (a disagreement fails
 * the build); the entry page only describes them.
 */
const modules = import.meta.glob<{ default: readonly Check[] }>('/content/equations/**/*.check.ts', { eager: true });

export const VERIFICATIONS: readonly Verification[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([path, module]) => {
    const id = /([^/]+)\.check\.ts$/.exec(path)?.[1] ?? path;
    return module.default.map((check) => ({ ...check, id, file: path.replace(/^\//, '') }));
  });

/** The check files, relative to the project root, with the ids they check. */
/** The verifications of one entry ([] when it has none). */
export function verificationsFor(id: string): Verification[] {
  return VERIFICATIONS.filter((v) => v.id === id);
}

/** The ids of every numerically verified entry. */
export const VERIFIED_IDS: ReadonlySet<string> = new Set(VERIFICATIONS.map((v) => v.id));

/**
 * What an entry's checks compare, for its page and /equations.json. The content validator ran
 * every check when content loaded and stopped the build on a disagreement, so a page that
 * shows the badge shows a check that passed; nothing runs twice.
 */
export function entryChecks(id: string): EntryVerification {
  return describeEntryChecks(verificationsFor(id));
}
