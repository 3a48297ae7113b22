import { describe, expect, it } from 'vitest';
import { readEntries } from '../helpers/entries';
import { CANON_SCOPE, SEED_SCOPE } from '../scope';

const ids = new Set(readEntries().map((e) => e.id));
const missing = (scope: Record<string, string>) =>
  Object.entries(scope)
    .filter(([, id]) => !ids.has(id))
    .map(([item, id]) => `${item} → content/equations/**/${id}.md`);

describe('the promised scope', () => {
  it('covers every equation of the seed material', () => {
    expect(missing(SEED_SCOPE)).toEqual([]);
  });

  it('covers the classical canon', () => {
    expect(missing(CANON_SCOPE)).toEqual([]);
  });

  it('has at least 220 entries', () => {
    expect(ids.size).toBeGreaterThanOrEqual(220);
  });
});
