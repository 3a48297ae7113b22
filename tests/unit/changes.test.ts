import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGES_FILE, parseChanges } from '../../src/lib/changes';
import { readEntries, ROOT } from '../helpers/entries';

const ids = new Set(readEntries().map((e) => e.id));
const log = (body: string) => `---\nchanges:\n${body}\n---\n`;

describe('the corrections log', () => {
  it('reads the real log: dated, newest first, every id an entry', () => {
    const changes = parseChanges(readFileSync(join(ROOT, CHANGES_FILE), 'utf8'), ids);
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...changes].sort((a, b) => b.date.localeCompare(a.date))).toEqual(changes);
  });

  it('sorts newest first and fails on an unknown entry, a bad date or a missing reason, naming the file', () => {
    const two = log(
      '  - date: 2026-01-02\n    entries: [softmax]\n    change: An older correction, long enough.\n  - date: 2026-03-04\n    entries: [relu]\n    change: A newer correction, long enough.',
    );
    expect(parseChanges(two, ids).map((c) => c.date)).toEqual(['2026-03-04', '2026-01-02']);
    expect(() =>
      parseChanges(log('  - date: 2026-01-02\n    entries: [no-such-entry]\n    change: A correction of something.'), ids),
    ).toThrow(/content\/changes\.md: changes\.0\.entries: no entry "no-such-entry"/);
    expect(() => parseChanges(log('  - date: yesterday\n    entries: [softmax]\n    change: A correction of something.'), ids)).toThrow(
      /date is YYYY-MM-DD/,
    );
    expect(() => parseChanges(log('  - date: 2026-01-02\n    entries: [softmax]\n    change: Fixed.'), ids)).toThrow(/what was wrong/);
  });
});
