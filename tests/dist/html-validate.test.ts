import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { CATEGORY_IDS } from '../../src/lib/categories';
import { displayLatex } from '../../src/lib/latex-blocks';
import { DIST } from '../helpers/dist';
import { readEntries } from '../helpers/entries';

/**
 * A sample of each kind of page in the built site, validated with html-validate and the
 * project's .htmlvalidate.mjs (the recommended preset; what it turns off for KaTeX, and why,
 * is written there). One line per problem: file:line:column rule message.
 */
const validator = new HtmlValidate(new StaticConfigLoader(config));

async function problems(files: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const file of files) {
    const name = relative(DIST, file);
    if (!existsSync(file)) {
      lines.push(`${name}: missing from the build`);
      continue;
    }
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) lines.push(`${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return lines;
}

const entries = readEntries().map((e) => ({ id: e.id, latex: displayLatex(e.body) }));

/** Environments whose KaTeX markup (tables of rows, braces, delimiters) the sample must include. */
const ENVIRONMENTS = {
  aligned: /\\begin\{aligned\}/,
  cases: /\\begin\{cases\}/,
  matrix: /\\begin\{[pbBvV]?matrix\}/,
} as const;

/** The first entry with the environment in any equation (pages) or in its first one (fragments, which hold the first). */
const withEnvironment = (pattern: RegExp, firstOnly: boolean) =>
  entries.find((e) => (firstOnly ? e.latex.slice(0, 1) : e.latex).some((l) => pattern.test(l)))?.id;

const environmentEntries = Object.values(ENVIRONMENTS).map((p) => withEnvironment(p, false));
// No entry opens with a matrix (rotary-positional-embedding has them further down), so only
// aligned and cases can be required of a fragment.
const environmentFragments = [withEnvironment(ENVIRONMENTS.aligned, true), withEnvironment(ENVIRONMENTS.cases, true)];

/** Ten entries: those with the environments above, then others spread evenly over the list. */
const sampleEntries = [
  ...new Set([
    ...environmentEntries.filter((id) => id !== undefined),
    'softmax',
    'adam',
    ...Array.from({ length: 10 }, (_, i) => entries[Math.floor((i * entries.length) / 10)]?.id ?? ''),
  ]),
]
  .filter((id) => id !== '')
  .slice(0, 10);

const spread = <T>(list: readonly T[], count: number) =>
  Array.from({ length: count }, (_, i) => list[Math.floor((i * (list.length - 1)) / (count - 1))]);

const PAGES = {
  'home, 404 and search pages': ['index.html', '404.html', 'search/index.html'],
  'category pages': spread(CATEGORY_IDS, 3).map((id) => `${String(id)}/index.html`),
  'entry pages': sampleEntries.map((id) => `equations/${id}/index.html`),
  'equation fragments': [...new Set([...environmentFragments.filter((id) => id !== undefined), 'softmax'])].map(
    (id) => `equation-fragments/${id}.html`,
  ),
};

describe('html-validate on the built site', () => {
  it('samples aligned, cases and matrix equations in entry pages, aligned and cases in fragments', () => {
    expect(environmentEntries).not.toContain(undefined);
    expect(environmentFragments).not.toContain(undefined);
    expect(PAGES['entry pages']).toHaveLength(10);
    expect(new Set(PAGES['category pages']).size).toBe(3);
  });

  it.each(Object.entries(PAGES))('finds no problem in the %s', async (_kind, paths) => {
    const lines = await problems(paths.map((p) => join(DIST, p)));
    expect(lines.join('\n')).toBe('');
  });
});
