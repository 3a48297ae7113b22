import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileNameOf, fontCharacters } from '../../src/lib/font-subset';
import { BASE, DIST, siteStylesheets } from '../helpers/dist';

/**
 * The first-visit budget of issue 8, as bytes (not time): an entry page's HTML, the
 * stylesheets and module scripts it links (gzip level 9, as a static host would send them),
 * the fonts it preloads and the fonts its math is drawn in (woff2, already compressed) —
 * everything a first visit fetches. Chromium measurements of the same pages are in
 * BENCHMARKS.md (`npm run bench`); the heaviest entry measured 59.9 KB there.
 */
const BUDGET = 60_000;

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fileOf = (url: string) => join(DIST, url.startsWith(BASE) ? url.slice(BASE.length) : url);
const distFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
const css = siteStylesheets();
const woff2 = new Map(distFiles.filter((f) => f.endsWith('.woff2')).map((f) => [fileNameOf(f), join(DIST, f)]));
const entryIds = readdirSync(join(DIST, 'equations')).filter((id) => existsSync(join(DIST, 'equations', id, 'index.html')));

/** Bytes of a first visit to an entry page, by kind. */
function firstVisit(id: string): { html: number; css: number; js: number; fonts: number; total: number } {
  const html = readFileSync(join(DIST, 'equations', id, 'index.html'), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  const stylesheets = linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const scripts = linked(/<script type="module" src="([^"]+)"/g);
  const preloaded = linked(/<link rel="preload" as="font"[^>]* href="([^"]+)"/g).map(fileNameOf);
  const drawn = [...fontCharacters([html], css).drawn].map(fileNameOf);
  const fonts = [...new Set([...preloaded, ...drawn])].map((name) => statSync(woff2.get(name) ?? '').size);
  const sizes = {
    html: gz(html),
    css: stylesheets.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0),
    js: scripts.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0),
    fonts: fonts.reduce((sum, bytes) => sum + bytes, 0),
  };
  return { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.fonts };
}

describe('the weight of a first visit', () => {
  it(`stays within ${BUDGET} bytes on every entry page`, () => {
    const visits = entryIds.map((id) => ({ id, ...firstVisit(id) }));
    expect(visits.length).toBeGreaterThan(200);
    expect(visits.every((v) => v.css > 0 && v.js > 0 && v.html > 0)).toBe(true);
    const over = visits.filter((v) => v.total > BUDGET).map((v) => `${v.id}: ${JSON.stringify(v)}`);
    expect(over, relative(process.cwd(), DIST)).toEqual([]);
  });
});
