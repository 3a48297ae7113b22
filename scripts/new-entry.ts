/**
 * `npm run new-entry -- <category> <id>`: writes content/equations/<category>/<id>.md (every
 * frontmatter field, the sections an entry has) and <id>.check.ts (a numerical check that fails
 * until it is filled in), then prints the next steps. The TODO markers fail the build too, so
 * nothing half-written ships.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CONTENT_DIR } from '../src/config.ts';
import { CATEGORY_IDS } from '../src/lib/categories.ts';
import { ENTRY_ID_PATTERN } from '../src/lib/schema.ts';
import { parseCommandLine, UsageError } from './cli.ts';

const USAGE = `
Usage: npm run new-entry -- <category> <id>

Writes content/equations/<category>/<id>.md and <id>.check.ts beside it, then prints the
next steps (CONTRIBUTING.md, "Add an entry"). <id> is the permalink: lowercase words joined
by hyphens, e.g. layer-normalization. The categories: ${CATEGORY_IDS.join(', ')}.
`;

const ROOT = join(import.meta.dirname, '..');
const CONTENT = join(ROOT, CONTENT_DIR);

/** "layer-normalization" → "Layer normalization", a starting title. */
const titleOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** The Markdown of a new entry: every field, with TODO where the author must write. */
export function entryTemplate(id: string, category: string): string {
  return `---
title: ${titleOf(id)}
category: ${category}
summary: TODO one sentence saying what the equation computes.
aliases: [TODO other names and abbreviations people search for]
describes:
  - TODO what people type when they describe it
  - TODO another way to say what it does
# translations:
#   zh: [交叉熵] # only a standard Chinese term (textbooks, Wikipedia); ja / ko likewise
tags: []
paper:
  type: article # article, inproceedings, incollection, book, techreport or misc (CONTRIBUTING.md)
  title: TODO the title as printed
  authors: [TODO First Last]
  year: 2000
  journal: TODO the journal's full name # inproceedings: booktitle; book: publisher
  # volume: 9
  # number: 8
  # pages: 1735--1780
  url: https://doi.org/TODO
  # arxiv: "1706.03762"
  # doi: 10.1162/neco.1997.9.8.1735
related: []
---

$$
\\text{TODO} = f(x)
$$

## Where

- $x$: TODO every symbol of the equation, with its shape or domain.

## Notes

TODO the conventions (per example or averaged, logits or probabilities) and what to watch for.
`;
}

/** The check of a new entry: evaluates the entry's LaTeX against NaN, so it fails until filled in. */
export function checkTemplate(id: string): string {
  return `import { formula, type Check } from '../../../src/lib/verification';

/**
 * Numerical checks of ${id}.md. Each formula evaluates the entry's own LaTeX on the samples and
 * compares it with the reference: plain TypeScript written from the definition (the paper, or
 * a library such as PyTorch), never from the LaTeX. Each mutation is a known-wrong variant of
 * the LaTeX ([search, replacement]) that must fail. See CONTRIBUTING.md, "Write a check".
 * An entry with nothing to compute deletes this file and says why in its frontmatter:
 * unverified: <one sentence>.
 */
export default [
  formula(
    // The first $$ block; every side after the first '=' is compared.
    {},
    // TODO samples: a zero, a negative, a large value, each branch of a cases block.
    [{ x: 0 }, { x: -2 }, { x: 3.5 }],
    // TODO the reference implementation; NaN never agrees, so the build fails until it is written.
    () => NaN,
    // TODO mutations: a sign flipped, a factor dropped, an index changed.
    [],
  ),
] satisfies Check[];
`;
}

export function parseNewEntryArgs(argv: readonly string[]): { category: string; id: string } {
  const [category, id, ...rest] = argv;
  if (category === undefined || id === undefined) throw new UsageError('give a category and an id');
  if (rest.length > 0) throw new UsageError(`unexpected ${JSON.stringify(rest[0])}`);
  if (!(CATEGORY_IDS as readonly string[]).includes(category)) {
    throw new UsageError(`unknown category ${JSON.stringify(category)}; use one of: ${CATEGORY_IDS.join(', ')}`);
  }
  if (!ENTRY_ID_PATTERN.test(id))
    throw new UsageError(`"${id}" is not an id: use lowercase words joined by hyphens, e.g. layer-normalization`);
  return { category, id };
}

if (import.meta.main) {
  const { category, id } = parseCommandLine(USAGE, process.argv.slice(2), parseNewEntryArgs);
  const existing = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).find((f) => basename(f) === `${id}.md`);
  if (existing) {
    console.error(`error: content/equations/${existing} exists already; entry ids are unique across categories`);
    process.exit(1);
  }
  const dir = join(CONTENT, category);
  mkdirSync(dir, { recursive: true });
  const md = join(dir, `${id}.md`);
  const check = join(dir, `${id}.check.ts`);
  if (existsSync(check)) {
    console.error(`error: ${relative(ROOT, check)} exists already`);
    process.exit(1);
  }
  writeFileSync(md, entryTemplate(id, category));
  writeFileSync(check, checkTemplate(id));
  console.log(`Wrote ${relative(ROOT, md)} and ${relative(ROOT, check)}.

Next:
  1. Write the equation, its Where list and notes in ${relative(ROOT, md)}; replace every TODO.
  2. Check the formula against the paper or textbook in paper: (url, year, authors).
  3. Write the check in ${relative(ROOT, check)}: samples, an independent reference, mutations
     (or delete it and add "unverified: <why>" to the frontmatter).
  4. npm run build: it lists every problem left as file:line — rule — how to fix.
  5. npm test before you open a pull request.
See CONTRIBUTING.md, "Add an entry".`);
}
