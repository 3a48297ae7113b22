import { describe, expect, it } from 'vitest';
import { lintEntryBody } from '../../src/lib/content-lint';
import { equationSchema } from '../../src/lib/schema';
import { readEntries } from '../helpers/entries';

const entries = readEntries();

describe('every entry in content/equations', () => {
  it('exists', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s has valid frontmatter', (_file, entry) => {
    const result = equationSchema.safeParse(entry.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s passes the content rules', (_file, entry) => {
    expect(lintEntryBody(entry.body)).toEqual([]);
  });

  it('has no id used twice and no related link to a missing entry', () => {
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    const dangling = entries.flatMap((e) =>
      ((e.frontmatter['related'] as string[] | undefined) ?? []).filter((r) => !ids.has(r)).map((r) => `${e.file} → ${r}`),
    );
    expect(dangling).toEqual([]);
  });
});
