/**
 * `npm test`: everything CI runs, as a task graph (scripts/tasks.ts) so that independent
 * suites run side by side on every CPU. Astro's commands share the `.astro/` folder (and the
 * type-aware lint reads it), so they hold one lock and run one at a time; the site is built twice (at `/` and under `/ml-equations/`), and the second
 * build only gets the checks a base path can break (tests/browser/base, the dist suite).
 * Each task's output goes to test-results/<task>.log; a failing task's output is printed whole.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { optionValue, parseCommandLine, UsageError } from './cli.ts';
import { runTasks, vitestCounts, type Task, type TaskResult } from './tasks.ts';

const USAGE = `
Usage: npm test [-- options]

Runs the whole suite: types, lint, unit and LaTeX tests, the build at / and under
/ml-equations/, the checks of each build and the browser tests. Logs: test-results/.

Options:
  --jobs N     how many tasks run at once (default: the number of CPUs plus one)
  --only A,B   run only these tasks and what they wait for (e.g. --only unit,lint)
  --list       list the tasks and what each waits for
  --help       show this help
`;

const ROOT = join(import.meta.dirname, '..');
const BASE = '/ml-equations/';
const node = process.execPath;
const bin = (name: string, ...args: string[]) => [node, join(ROOT, 'node_modules', name), ...args];
const astro = (...args: string[]) => bin('astro/bin/astro.mjs', ...args);
const vitest = (...args: string[]) => bin('vitest/vitest.mjs', 'run', ...args);
const base = { BASE, DIST: 'dist-base', ASTRO_CACHE_DIR: 'node_modules/.astro-base' };
/** The two browser test files with the per-page-type checks (tests/helpers/page-checks.ts). */
const PAGES = ['tests/browser/pages.test.ts', 'tests/browser/pages-2.test.ts'] as const;

/**
 * In priority order. The Astro chain (build, build:base, types, lint: one at a time) comes
 * first so that it never waits behind the browser tasks, which need only the first build.
 */
export const TASKS: readonly Task[] = [
  { name: 'preflight', command: [node, join(ROOT, 'scripts', 'preflight.ts')] },
  { name: 'build', command: astro('build'), after: ['preflight'], lock: 'astro' },
  { name: 'build:base', command: astro('build', '--outDir', 'dist-base'), env: base, after: ['preflight'], lock: 'astro' },
  { name: 'types', command: astro('check'), after: ['preflight'], lock: 'astro' },
  // Type-aware lint reads the content types in .astro/ that a build writes: after the build,
  // and never while another Astro command rewrites them.
  { name: 'lint', command: [...bin('eslint/bin/eslint.js', '.')], after: ['build'], lock: 'astro' },
  // The accessibility and layout checks of every page type are most of the browser suite:
  // two tasks of their own (half the page types each), so that the CPUs share the work.
  { name: 'browser:pages', command: vitest('--project', 'browser', PAGES[0]), after: ['build'] },
  { name: 'browser:pages-2', command: vitest('--project', 'browser', PAGES[1]), after: ['build'] },
  // The other browser files, in two shards of whole files.
  ...[1, 2].map((shard) => ({
    name: shard === 1 ? 'browser' : 'browser-2',
    command: vitest('--project', 'browser', ...PAGES.flatMap((f) => ['--exclude', f]), `--shard=${shard}/2`),
    after: ['build'],
  })),
  { name: 'browser:base', command: vitest('--project', 'browser-base'), env: base, after: ['build:base'] },
  { name: 'dist', command: vitest('--project', 'dist'), after: ['build'] },
  { name: 'dist:base', command: vitest('--project', 'dist'), env: base, after: ['build:base'] },
  { name: 'unit', command: vitest('--project', 'unit', '--project', 'build-failures'), after: ['preflight'] },
  // pdfLaTeX on every equation, the bibliography and each entry's .tex: a task of its own, beside the unit tests.
  { name: 'latex', command: vitest('--project', 'latex'), after: ['preflight'] },
  { name: 'format', command: [...bin('prettier/bin/prettier.cjs', '--check', '.')], after: ['preflight'] },
];

interface TestOptions {
  jobs: number;
  only?: string[];
  list: boolean;
}

export function parseTestOptions(argv: readonly string[]): TestOptions {
  // One more than the CPUs: the browser tasks wait on Chromium part of the time.
  const options: TestOptions = { jobs: Math.max(2, availableParallelism() + 1), list: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const jobs = optionValue(arg, '--jobs', argv, i);
    const only = optionValue(arg, '--only', argv, i);
    if (arg === '--list') options.list = true;
    else if (jobs) {
      if (!/^[1-9]\d*$/.test(jobs.value))
        throw new UsageError(`--jobs takes a whole number of at least 1 (got ${JSON.stringify(jobs.value)})`);
      options.jobs = Number(jobs.value);
      i = jobs.next;
    } else if (only) {
      options.only = only.value.split(',').map((s) => s.trim());
      const unknown = options.only.filter((n) => !TASKS.some((t) => t.name === n));
      if (unknown.length > 0)
        throw new UsageError(`unknown task(s) ${unknown.join(', ')}; the tasks are ${TASKS.map((t) => t.name).join(', ')}`);
      i = only.next;
    } else throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
  }
  return options;
}

/** The named tasks and everything they wait for, in the graph's order. */
export function selectTasks(tasks: readonly Task[], names: readonly string[] | undefined): Task[] {
  if (!names) return [...tasks];
  const byName = new Map(tasks.map((t) => [t.name, t]));
  const keep = new Set<string>();
  const add = (name: string) => {
    if (keep.has(name)) return;
    keep.add(name);
    for (const dep of byName.get(name)?.after ?? []) add(dep);
  };
  names.forEach(add);
  return tasks.filter((t) => keep.has(t.name));
}

/** The lines of a task's output worth showing when it passes: vitest's summary, Astro's page count. */
function summaryOf(result: TaskResult): string {
  const counts = vitestCounts(result.output);
  if (counts) return `${counts.passed} tests passed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  const pages = /(\d+) page\(s\) built/.exec(result.output)?.[1];
  return pages ? `${pages} pages built` : '';
}

if (import.meta.main) {
  const options = parseCommandLine(USAGE, process.argv.slice(2), parseTestOptions);
  const tasks = selectTasks(TASKS, options.only);
  if (options.list) {
    for (const t of tasks) console.log(`${t.name.padEnd(14)} after ${(t.after ?? []).join(', ') || '—'}`);
    process.exit(0);
  }
  const started = performance.now();
  let firstFailure: string | undefined;
  console.log(`npm test: ${tasks.length} tasks, up to ${options.jobs} at once; logs in test-results/`);
  const results = await runTasks(tasks, {
    jobs: options.jobs,
    logDir: join(ROOT, 'test-results'),
    report(result) {
      const time = `${result.seconds.toFixed(1)} s`;
      if (result.code === 0) {
        console.log(`✓ ${result.name} (${time}) ${summaryOf(result)}`.trimEnd());
      } else if (firstFailure === undefined) {
        firstFailure = result.name;
        console.log(`✗ ${result.name} failed (exit ${result.code}, ${time}):\n\n${result.output.trimEnd()}\n`);
      } else {
        console.log(`- ${result.name} stopped`);
      }
    },
  });
  const counts = results.map((r) => vitestCounts(r.output)).filter((c) => c !== undefined);
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = firstFailure === undefined && results.length === tasks.length;
  console.log(`\n${ok ? 'All tasks passed' : `Failed: ${firstFailure ?? 'not every task ran'}`} in ${seconds} s.`);
  // The plain closing line that CI reads in any language.
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}
