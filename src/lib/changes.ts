import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';

/**
 * The corrections log (content/changes.md, a list in its frontmatter): each correction's date,
 * the entries it touched and what changed. Read at build time by /changes/; an unknown entry
 * id or a malformed record fails the build with the file and the reason.
 */
export const CHANGES_FILE = 'content/changes.md';

const changeSchema = z.strictObject({
  date: z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date is YYYY-MM-DD, e.g. 2026-12-07')], {
      error: 'date is YYYY-MM-DD, e.g. 2026-12-07',
    })
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
  entries: z.array(z.string()).min(1, 'entries lists the ids of the entries the correction touched'),
  change: z.string().trim().min(20, 'change says what was wrong and what it is now, in a sentence'),
});
export type Change = z.output<typeof changeSchema>;

/** Reads and checks the log; `ids` are the entry ids that exist. Newest first. */
export function parseChanges(text: string, ids: ReadonlySet<string>): Change[] {
  const { frontmatter } = parseFrontmatter(text);
  const result = z.strictObject({ changes: z.array(changeSchema) }).safeParse(frontmatter);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${CHANGES_FILE}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const changes = result.data.changes;
  changes.forEach((c, i) => {
    for (const id of c.entries) if (!ids.has(id)) throw new Error(`${CHANGES_FILE}: changes.${i}.entries: no entry "${id}"`);
  });
  return [...changes].sort((a, b) => b.date.localeCompare(a.date));
}
