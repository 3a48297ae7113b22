import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { renderTree, type RenderedEntry } from '../markdown/pipeline';
import { unsafeNodeProblem } from '../markdown/remark-no-raw-html';
import { portabilityProblems, styleProblems } from './content-lint';
import { texText, workId, workRecord } from './bibtex';
import { entryParts, hasWhereList, parseMarkdown, type EntryParts } from './latex-blocks';
import { ENTRY_ID_PATTERN, equationSchema, type EquationData } from './schema';
import { verifyEntry, type Verification } from './verification';

/**
 * The one judge of content. Every rule an entry must pass — file name, frontmatter syntax,
 * schema, math (KaTeX, portability, style), sections, raw HTML and unsafe links, `related`
 * and prose links, duplicate ids, numerical checks — runs here, on the files as a contributor
 * wrote them. The collection loader calls it ({@link loadEntries}) and stores what it rendered
 * only when nothing is wrong, so `npm run build` reports every problem at once; the tests call
 * the same function, so they cannot disagree.
 *
 * Each file's Markdown is parsed once: the tree is checked, gives the checks and the search
 * index their LaTeX, and is rendered (KaTeX runs once, at render, and its errors are `math`
 * problems here).
 */

/** One thing wrong with one file. */
export interface ContentProblem {
  /** Path as given in {@link EntrySource.file} (relative to the project root). */
  file: string;
  /** 1-based line in the file, where one applies. */
  line?: number;
  /** Short name of the rule, e.g. `schema`, `math`, `related`. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A Markdown entry as read from disk. */
export interface EntrySource {
  /** Path relative to the project root, e.g. `content/equations/losses/huber-loss.md`. */
  file: string;
  text: string;
}

export interface ValidateOptions {
  /** Numerical checks (src/verification); an entry with checks must pass them. */
  verifications?: readonly Verification[];
  /** The site's base path, prefixed to links between entries (default `/`). */
  base?: string;
}

/** A valid entry, parsed and rendered: everything the pages, export and search index need. */
export interface LoadedEntry {
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The file's text (for the content digest). */
  text: string;
  /** The Markdown body after the frontmatter. */
  body: string;
  /** The frontmatter as written (Astro's schema parses it again when storing). */
  frontmatter: Record<string, unknown>;
  data: EquationData;
  parts: EntryParts;
  rendered: Omit<RenderedEntry, 'katexProblems'>;
}

/** `file:line — rule — message`, the form the build prints. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.rule} — ${p.message}`;
}

/** The entry id of a file: its name without `.md`. */
export const idOf = (file: string): string => basename(file, '.md');

/** The line of `key:` in the frontmatter (nested keys after their parent), counted in the file. */
export function keyLine(rawFrontmatter: string, path: readonly PropertyKey[]): number {
  const lines = rawFrontmatter.split('\n');
  let from = 0;
  let found = 0;
  for (const key of path) {
    if (typeof key !== 'string') break;
    const i = lines.findIndex((l, n) => n >= from && new RegExp(`^\\s*-?\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
    if (i < 0) break;
    found = i;
    from = i + 1;
  }
  // rawFrontmatter starts right after the opening `---` (line 1), with its own newline.
  return found + 1;
}

interface ParsedEntry {
  source: EntrySource;
  id: string;
  raw: string;
  frontmatter?: Record<string, unknown>;
  body?: string;
  data?: EquationData;
  tree?: Root;
  parts?: EntryParts;
}

/** Phrases that point the reader at the seed material ("seed 004", "the seed tables"). */
const SOURCE_MENTION = /\b(?:seeds? \d{3}|the seeds?\b|seed tables?|the seed's)/i;

const ENTRY_LINK = /^\/equations\/([^/?#]+)\/?(?:[?#].*)?$/;

function parseEntry(source: EntrySource, problems: ContentProblem[]): ParsedEntry {
  const id = idOf(source.file);
  const add = (rule: string, message: string, line?: number) =>
    problems.push({ file: source.file, rule, message, ...(line ? { line } : {}) });
  const text = source.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!ENTRY_ID_PATTERN.test(id)) {
    add('file-name', `"${id}" is not a valid entry id; name the file in lowercase words joined by hyphens, e.g. "layer-normalization.md"`);
  }
  if (!/^---\n/.test(text)) {
    add('frontmatter', 'the file must start with a frontmatter block between two "---" lines (title, category, summary …)', 1);
    return { source, id, raw: '' };
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    add('frontmatter', `the frontmatter is not valid YAML: ${reason}; check quoting and indentation`, (mark?.line ?? 0) + 2);
    return { source, id, raw: '' };
  }
  if (parsed.rawFrontmatter === '') {
    add('frontmatter', 'the frontmatter block is not closed: end it with a "---" line', 1);
    return { source, id, raw: '' };
  }
  const entry: ParsedEntry = { source, id, raw: parsed.rawFrontmatter, frontmatter: parsed.frontmatter, body: parsed.content };
  const result = equationSchema.safeParse(parsed.frontmatter);
  if (result.success) {
    entry.data = result.data;
    // content/equations/<category>/<id>.md: the folder says where a reader of the repository looks.
    const folder = /(?:^|\/)content\/equations\/([^/]+)\/[^/]+\.md$/.exec(source.file)?.[1];
    if (folder !== undefined && folder !== result.data.category) {
      add(
        'folder',
        `the entry's category is "${result.data.category}" but it lives in ${folder}/; move it to content/equations/${result.data.category}/`,
        keyLine(parsed.rawFrontmatter, ['category']),
      );
    }
    problems.push(...searchFieldProblems(source.file, parsed.rawFrontmatter, result.data));
    problems.push(...paperTextProblems(source.file, parsed.rawFrontmatter, result.data));
  } else {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(frontmatter)';
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; the fields are documented in src/lib/schema.ts and CONTRIBUTING.md`
          : issue.message.includes(issue.path.at(-1)?.toString() ?? '\0')
            ? issue.message
            : `${field}: ${issue.message}`;
      add('schema', message, keyLine(parsed.rawFrontmatter, issue.path));
    }
  }
  // The scaffold (npm run new-entry) marks what the author must write with TODO.
  text.split('\n').forEach((l, i) => {
    if (/\bTODO\b/.test(l))
      add('todo', `a TODO placeholder is left: ${JSON.stringify(l.trim().slice(0, 60))}; write it, or remove the line`, i + 1);
  });
  entry.tree = parseMarkdown(parsed.content);
  entry.parts = entryParts(entry.tree);
  return entry;
}

/** Every text field of the paper must have a BibTeX spelling (pdfLaTeX typesets the bibliography). */
function paperTextProblems(file: string, raw: string, data: EquationData): ContentProblem[] {
  if (!data.paper) return [];
  const problems: ContentProblem[] = [];
  for (const [field, value] of Object.entries(data.paper)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string' || field === 'url' || field === 'doi') continue;
      try {
        texText(text);
      } catch (error) {
        problems.push({
          file,
          line: keyLine(raw, ['paper', field]),
          rule: 'citation',
          message: `paper.${field}: ${error instanceof Error ? error.message : String(error)}; write it in ASCII or with a Latin accented letter`,
        });
      }
    }
  }
  return problems;
}

/**
 * One record per work: entries citing the same work (same title and year) give the same
 * fields, so the site-wide bibliography has one entry and one key for it.
 */
function citationProblems(entries: readonly ParsedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, { file: string; record: string }>();
  for (const entry of entries) {
    const paper = entry.data?.paper;
    if (!paper) continue;
    const record = workRecord(paper);
    const seen = first.get(workId(paper));
    if (!seen) first.set(workId(paper), { file: entry.source.file, record });
    else if (seen.record !== record)
      problems.push({
        file: entry.source.file,
        line: keyLine(entry.raw, ['paper']),
        rule: 'citation',
        message: `cites "${paper.title}" (${paper.year}) with other fields than ${seen.file}; one work has one record: copy that paper block (only chapter may differ)`,
      });
  }
  return problems;
}

const searchKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .trim();

/**
 * What search reads besides the title: `describes` phrases (at least two, each saying something
 * the names do not) and translated names (no repeats).
 */
function searchFieldProblems(file: string, raw: string, data: EquationData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Set([data.title, ...data.aliases].map(searchKey));
  const line = keyLine(raw, ['describes']);
  const add = (message: string, at = line) => problems.push({ file, rule: 'describes', message, ...(at ? { line: at } : {}) });
  if (data.describes.length < 2) {
    add(
      'an entry needs at least two "describes" phrases: what people type when they describe it instead of naming it, e.g. "penalty that makes weights sparse"',
      keyLine(raw, ['aliases']) || keyLine(raw, ['summary']),
    );
  }
  const seen = new Set<string>();
  for (const phrase of data.describes) {
    const key = searchKey(phrase);
    if (names.has(key)) add(`describes phrase "${phrase}" repeats the title or an alias; describe what the equation does instead`);
    if (seen.has(key)) add(`describes phrase "${phrase}" is listed twice`);
    seen.add(key);
  }
  for (const [language, list = []] of Object.entries(data.translations)) {
    const keys = list.map(searchKey);
    const twice = list.filter((_, i) => keys.indexOf(keys[i] ?? '') !== i);
    for (const name of twice) add(`translations.${language} lists "${name}" twice`, keyLine(raw, ['translations', language]));
  }
  return problems;
}

/** Rules on the Markdown body: math, sections, raw HTML, unsafe links and images. */
function bodyProblems(entry: ParsedEntry, ids: ReadonlySet<string>, mathAt: Map<number, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tree = entry.tree;
  if (!tree) return problems;
  const add = (rule: string, message: string, line?: number) =>
    problems.push({ file: entry.source.file, rule, message, ...(line ? { line } : {}) });
  const seen = { display: 0 };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    const unsafe = unsafeNodeProblem(node);
    if (unsafe) {
      add(unsafe.rule, unsafe.message, line);
      return;
    }
    switch (node.type) {
      case 'math':
      case 'inlineMath': {
        const display = node.type === 'math';
        const latex = display ? node.value.trim() : node.value;
        if (display) seen.display += 1;
        const what = display ? `$$ block ${seen.display}` : `inline $${latex.length > 30 ? `${latex.slice(0, 30)}…` : latex}$`;
        if (line && !mathAt.has(line)) mathAt.set(line, what);
        if (latex.trim() === '') {
          add('math', `${what} is empty; remove it or write the formula`, line);
          break;
        }
        for (const p of portabilityProblems(latex)) add('portability', `${what}: ${p}`, line);
        for (const p of styleProblems(latex)) add('style', `${what}: ${p}`, line);
        break;
      }
      case 'text':
        // Readers never saw the material the collection started from: warn about a widely
        // copied mistake as "a common mistake", without naming a source they cannot see.
        if (SOURCE_MENTION.test(node.value))
          add(
            'reader-text',
            `"${SOURCE_MENTION.exec(node.value)?.[0] ?? ''}" names material readers never saw; write "a common mistake" or "a widely copied version"`,
            line,
          );
        break;
      case 'link':
      case 'definition': {
        const m = ENTRY_LINK.exec(node.url);
        if (m && !ids.has(m[1] ?? '')) {
          add('entry-link', `link to a missing entry "${m[1] ?? ''}" (${node.url}); no content/equations/**/${m[1] ?? ''}.md exists`, line);
        }
        break;
      }
      default:
    }
  });
  if (seen.display === 0) add('display-equation', 'no $$…$$ display equation; an entry shows at least one');
  if (!hasWhereList(tree)) add('where-section', 'no "## Where" section with a list defining every symbol; add one after the equations');
  return problems;
}

/** `related` ids that exist, are not the entry itself and are listed once. */
function relatedProblems(entry: ParsedEntry, ids: ReadonlySet<string>): ContentProblem[] {
  const related = entry.data?.related ?? [];
  const line = keyLine(entry.raw, ['related']);
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file: entry.source.file, line, rule: 'related', message });
  const seen = new Set<string>();
  for (const id of related) {
    if (id === entry.id) add('an entry cannot be related to itself; remove its own id from related');
    else if (!ids.has(id)) add(`related entry "${id}" does not exist (no file content/equations/**/${id}.md); fix the id or remove it`);
    if (seen.has(id)) add(`related entry "${id}" is listed twice`);
    seen.add(id);
  }
  return problems;
}

/**
 * Validates a whole collection and renders every entry whose Markdown is safe to render.
 * `problems` holds every problem, sorted by file and line; when it is empty, `entries` is the
 * collection to build.
 */
export function loadEntries(
  sources: readonly EntrySource[],
  options: ValidateOptions = {},
): { problems: ContentProblem[]; entries: LoadedEntry[] } {
  const problems: ContentProblem[] = [];
  const entries = sources.map((s) => parseEntry(s, problems));
  const loaded: LoadedEntry[] = [];

  const byId = new Map<string, string>();
  for (const { id, source } of entries) {
    const first = byId.get(id);
    if (first) {
      problems.push({
        file: source.file,
        rule: 'duplicate-id',
        message: `duplicate entry id "${id}", also used by ${first}; entry ids are file names and must be unique across folders`,
      });
    } else byId.set(id, source.file);
  }
  const ids = new Set(byId.keys());
  problems.push(...citationProblems(entries));

  for (const entry of entries) {
    // Which math starts on which line, to say which one KaTeX could not typeset.
    const mathAt = new Map<number, string>();
    const own = bodyProblems(entry, ids, mathAt);
    const rendered = entry.tree && !own.some((p) => UNSAFE_RULES.has(p.rule)) ? render(entry, options.base ?? '/') : undefined;
    for (const { line, message } of rendered?.katexProblems ?? []) {
      const what = line ? mathAt.get(line) : undefined;
      own.push({
        file: entry.source.file,
        rule: 'math',
        message: `${what ? `${what}: ` : ''}invalid LaTeX: ${message}`,
        ...(line ? { line } : {}),
      });
    }
    problems.push(...own, ...relatedProblems(entry, ids));
    if (entry.data && options.verifications) {
      const checked = options.verifications.some((v) => v.id === entry.id);
      const line = keyLine(entry.raw, ['unverified']);
      if (checked && entry.data.unverified !== undefined) {
        problems.push({
          file: entry.source.file,
          line,
          rule: 'verification',
          message: 'the entry has a numerical check and an "unverified" reason; remove the reason',
        });
      }
      if (!checked && entry.data.unverified === undefined) {
        problems.push({
          file: entry.source.file,
          rule: 'verification',
          message: `the entry has no numerical check: write one in ${entry.source.file.replace(/\.md$/, '.check.ts')} or say why in the frontmatter, e.g. unverified: An expectation over the data distribution, so there is no finite formula to evaluate.`,
        });
      }
    }
    // Numerical checks only run on math that parses: a KaTeX error already says what is wrong.
    if (entry.parts && options.verifications && !own.some((p) => p.rule === 'math')) {
      try {
        verifyEntry(entry.id, entry.parts.display, options.verifications);
      } catch (error) {
        problems.push({ file: entry.source.file, rule: 'verification', message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (rendered && entry.data && entry.parts && entry.frontmatter && entry.body !== undefined) {
      const { html, figures, headings } = rendered;
      loaded.push({
        id: entry.id,
        file: entry.source.file,
        text: entry.source.text,
        body: entry.body,
        frontmatter: entry.frontmatter,
        data: entry.data,
        parts: entry.parts,
        rendered: { html, figures, headings },
      });
    }
  }
  // A check file needs its entry beside it: content/equations/<category>/<id>.check.ts next to <id>.md.
  for (const file of new Set((options.verifications ?? []).map((v) => v.file))) {
    const id = basename(file, '.check.ts');
    const entryFile = byId.get(id);
    if (entryFile === undefined) {
      problems.push({
        file,
        rule: 'verification',
        message: `a check for an entry that does not exist; add ${id}.md beside it or remove the file`,
      });
    } else if (entryFile.replace(/\.md$/, '.check.ts') !== file) {
      problems.push({
        file,
        rule: 'verification',
        message: `the check of ${entryFile} must sit beside it, as ${entryFile.replace(/\.md$/, '.check.ts')}`,
      });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  return { problems, entries: problems.length === 0 ? loaded : [] };
}

/** Every problem of a collection ({@link loadEntries} without keeping what it rendered). */
export function validateEntries(sources: readonly EntrySource[], options: ValidateOptions = {}): ContentProblem[] {
  return loadEntries(sources, options).problems;
}

/** Rules whose input must never reach the renderer. */
const UNSAFE_RULES = new Set(['raw-html', 'image', 'unsafe-link']);

/**
 * Renders a parsed entry. Its parts were read first: rendering rewrites the tree in place.
 * The renderer's own safety net throws on unsafe nodes, which the validator has already
 * excluded; its KaTeX errors come back as problems.
 */
function render(entry: ParsedEntry, base: string): RenderedEntry | undefined {
  if (!entry.tree) return undefined;
  const title = typeof entry.frontmatter?.['title'] === 'string' ? entry.frontmatter['title'] : entry.id;
  return renderTree(entry.tree, { path: entry.source.file, title, base });
}
