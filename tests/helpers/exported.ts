import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportDocument } from '../../src/lib/export';
import { DIST } from './dist';

/** The built site's /equations.json: what every copy button must reproduce. */
export const exported = JSON.parse(readFileSync(join(DIST, 'equations.json'), 'utf8')) as ExportDocument;

/** Equation `n` (0-based) of an entry, as exported. */
export function latexOf(id: string, n = 0): string {
  const latex = exported.equations.find((e) => e.id === id)?.latex[n];
  if (latex === undefined) throw new Error(`no equation ${n + 1} for ${id} in equations.json`);
  return latex;
}
