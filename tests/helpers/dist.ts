import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ROOT } from './entries';

/**
 * The build the dist and browser tests check: dist/ by default; `npm test` (scripts/test.ts) points
 * them at a second build under a sub-path with DIST=dist-base BASE=/ml-equations/.
 */
const dir = process.env['DIST'] ?? 'dist';
export const DIST = isAbsolute(dir) ? dir : join(ROOT, dir);

/** The base path that build was made with, with slashes at both ends. */
export { BASE } from '../../src/config';

/**
 * The site's own stylesheets in dist, in file-name order and joined: what the KaTeX font
 * integration read (Pagefind writes its stylesheets after it, under pagefind/).
 */
export function siteStylesheets(): string {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css') && !f.startsWith('pagefind'))
    .sort()
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n');
}
