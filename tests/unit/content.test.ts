import { describe, expect, it } from 'vitest';
import { formatProblem, validateEntries } from '../../src/lib/content-validator';
import { VERIFICATIONS } from '../../src/verification';
import { readEntries } from '../helpers/entries';

const entries = readEntries();

describe('every entry in content/equations', () => {
  it('passes the content validator the build runs (schema, folder, math, sections, links, ids, checks)', () => {
    expect(entries.length).toBeGreaterThan(200);
    const sources = entries.map(({ file, text }) => ({ file, text }));
    expect(validateEntries(sources, { verifications: VERIFICATIONS }).map(formatProblem)).toEqual([]);
  });
});
