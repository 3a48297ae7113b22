import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, entryTemplate, parseNewEntryArgs } from '../../scripts/new-entry';
import { parseServeOptions, serveOnFreePort } from '../../scripts/serve';
import { checkGraph, readyTasks, vitestCounts, type Task } from '../../scripts/tasks';
import { parseTestOptions, selectTasks, TASKS } from '../../scripts/test';
import { formatProblem, validateEntries } from '../../src/lib/content-validator';
import { PAGE_GROUPS, PAGE_TYPES } from '../helpers/browser';
import { runVerification, type Check } from '../../src/lib/verification';
import { ROOT } from '../helpers/entries';

/** Runs a script with the project's Node, as `npm run` does. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A hang guard: spawnSync blocks the worker, so vitest's own timeout could not fire.
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('every script', () => {
  it.each(['serve.ts', 'bench.ts', 'test.ts', 'preflight.ts', 'new-entry.ts'])('%s prints its usage for --help and exits 0', (script) => {
    const { code, stdout, stderr } = run(script, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
    expect(stderr).toBe('');
  });

  it.each([
    ['serve.ts', ['--bogus'], 'unknown option "--bogus"'],
    ['serve.ts', ['--port', 'abc'], 'the port must be a whole number from 1 to 65535 (got "abc")'],
    ['serve.ts', ['--port'], '--port needs a value'],
    ['bench.ts', ['--sizes', 'lots'], '--sizes takes comma-separated entry counts'],
    ['bench.ts', ['--fast'], 'unknown option "--fast"'],
    ['test.ts', ['--jobs', '0'], '--jobs takes a whole number of at least 1 (got "0")'],
    ['test.ts', ['--only', 'nothing'], 'unknown task(s) nothing'],
    ['preflight.ts', ['--x'], 'unknown option "--x"'],
  ])('%s %j fails with one line and the usage, never a stack trace', (script, args, message) => {
    const { code, stdout, stderr } = run(script, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [first, blank, usage] = stderr.split('\n');
    expect(first).toBe(`error: ${first?.slice('error: '.length) ?? ''}`);
    expect(first).toContain(message);
    expect(blank).toBe('');
    expect(usage).toMatch(/^Usage: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start and npm run preview', () => {
  it('read --port, --host, $PORT and --build', () => {
    expect(parseServeOptions([], {})).toEqual({ build: false, port: 4321, host: '127.0.0.1' });
    expect(parseServeOptions(['--build', '--port=8080', '--host', '0.0.0.0'], {})).toEqual({ build: true, port: 8080, host: '0.0.0.0' });
    expect(parseServeOptions([], { PORT: '5000' }).port).toBe(5000);
    expect(() => parseServeOptions(['--port', '70000'], {})).toThrow(/1 to 65535/);
  });

  it('take the next free port when the first is busy, and say so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const said: string[] = [];
    const log = console.log;
    console.log = (line: string) => said.push(line);
    try {
      const site = await serveOnFreePort({ dir: join(ROOT, 'public'), port: busy });
      expect(new URL(site.url).port).not.toBe(String(busy));
      expect(Number(new URL(site.url).port)).toBeGreaterThan(busy);
      expect(said[0]).toBe(`Port ${busy} is in use, trying ${busy + 1}…`);
      await site.close();
    } finally {
      console.log = log;
      blocker.close();
    }
  });
});

describe('the npm test task graph', () => {
  const task = (name: string, after: string[] = [], lock?: string): Task => ({ name, command: ['true'], after, ...(lock ? { lock } : {}) });

  it('is well formed, and every vitest project and build is in it', () => {
    expect(() => {
      checkGraph(TASKS);
    }).not.toThrow();
    const commands = TASKS.map((t) => t.command.join(' '));
    for (const project of ['unit', 'build-failures', 'latex', 'dist', 'browser', 'browser-base']) {
      expect(commands.some((c) => c.includes(`--project ${project}`))).toBe(true);
    }
    // Everything that writes or reads .astro/ (Astro's commands, the type-aware lint) holds the lock.
    const astroFolder = TASKS.filter((t) => t.command.some((c) => c.endsWith('astro.mjs') || c.endsWith('eslint.js')));
    expect(astroFolder.map((t) => t.name).sort()).toEqual(['build', 'build:base', 'lint', 'types']);
    expect(astroFolder.every((t) => t.lock === 'astro')).toBe(true);
    expect(TASKS.find((t) => t.name === 'lint')?.after).toEqual(['build']);
  });

  it('gives every page type to exactly one of the two page-check tasks', () => {
    const grouped = [...PAGE_GROUPS[0], ...PAGE_GROUPS[1]];
    expect([...grouped].sort()).toEqual(Object.keys(PAGE_TYPES).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(TASKS.filter((t) => t.command.some((c) => c.startsWith('tests/browser/pages'))).map((t) => t.name)).toEqual([
      'browser:pages',
      'browser:pages-2',
      'browser',
      'browser-2',
    ]);
  });

  it('rejects unknown dependencies, repeated names and cycles', () => {
    expect(() => {
      checkGraph([task('a', ['b'])]);
    }).toThrow(/unknown task "b"/);
    expect(() => {
      checkGraph([task('a'), task('a')]);
    }).toThrow(/defined twice/);
    expect(() => {
      checkGraph([task('a', ['b']), task('b', ['a'])]);
    }).toThrow(/cycle: a → b → a/);
  });

  it('starts what is ready, in priority order, within the job limit and the locks', () => {
    const tasks = [task('build', [], 'astro'), task('check', [], 'astro'), task('unit'), task('browser', ['build'])];
    const none = new Set<string>();
    expect(readyTasks(tasks, { running: none, passed: none, started: none }, 4).map((t) => t.name)).toEqual(['build', 'unit']);
    expect(readyTasks(tasks, { running: none, passed: none, started: none }, 1).map((t) => t.name)).toEqual(['build']);
    const afterBuild = { running: new Set(['unit']), passed: new Set(['build']), started: new Set(['build', 'unit']) };
    expect(readyTasks(tasks, afterBuild, 4).map((t) => t.name)).toEqual(['check', 'browser']);
  });

  it('selects tasks with what they wait for, and reads its options', () => {
    expect(selectTasks(TASKS, ['dist']).map((t) => t.name)).toEqual(['preflight', 'build', 'dist']);
    expect(parseTestOptions(['--jobs', '3', '--only', 'unit,lint'])).toMatchObject({ jobs: 3, only: ['unit', 'lint'] });
  });

  it("reads vitest's closing counts", () => {
    expect(vitestCounts('\n      Tests  2 failed | 910 passed | 3 skipped (915)\n')).toEqual({ passed: 910, failed: 2, skipped: 3 });
    expect(vitestCounts('\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m89 passed\u001b[39m\u001b[22m')).toEqual({
      passed: 89,
      failed: 0,
      skipped: 0,
    });
    expect(vitestCounts('no tests here')).toBeUndefined();
  });
});

describe('npm run new-entry', () => {
  let checks: readonly Check[] = [];
  beforeAll(async () => {
    checks = await importCheckTemplate();
  });
  const reference = 'content/equations/activations/squareplus.md';

  it('writes an entry and a check that fail the build until every TODO is written', () => {
    const found = validateEntries([{ file: reference, text: entryTemplate('squareplus', 'activations') }], {
      verifications: [{ ...(checks[0] as Check), id: 'squareplus', file: reference.replace(/\.md$/, '.check.ts') }],
    }).map(formatProblem);
    expect(found.filter((p) => p.includes(' — todo — ')).length).toBeGreaterThanOrEqual(6);
    expect(found.some((p) => p.includes(' — verification — squareplus: the formula disagrees'))).toBe(true);
    // Nothing else: the template itself is a valid entry (the describes placeholders included).
    expect(found.filter((p) => !/ — (todo|verification) — /.test(p))).toEqual([]);
  });

  it('writes a check that type-checks as a module and fails on any formula', () => {
    expect(checks).toHaveLength(1);
    expect(runVerification(checks[0] as Check, 'f(x) = x')).toEqual(expect.arrayContaining([expect.stringMatching(/^x: 0 ≠ null/)]));
  });

  it('refuses an unknown category or a bad id, with the usage', () => {
    expect(parseNewEntryArgs(['activations', 'squareplus'])).toEqual({ category: 'activations', id: 'squareplus' });
    expect(() => parseNewEntryArgs(['activation', 'squareplus'])).toThrow(/unknown category "activation"; use one of: .*activations/);
    expect(() => parseNewEntryArgs(['activations', 'Square_Plus'])).toThrow(/not an id/);
    expect(() => parseNewEntryArgs(['activations'])).toThrow(/a category and an id/);
    const { code, stderr } = run('new-entry.ts', 'activations', 'relu');
    expect(code).toBe(1);
    expect(stderr).toBe('error: content/equations/activations/relu.md exists already; entry ids are unique across categories\n');
  });
});

/** Imports the scaffold's check as the build would: written three folders below the root, as in content/equations/<category>/. */
async function importCheckTemplate(): Promise<readonly Check[]> {
  const dir = mkdtempSync(join(ROOT, '.scaffold-test-'));
  const file = join(dir, 'equations', 'activations', 'squareplus.check.ts');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, checkTemplate('squareplus'));
  try {
    return ((await import(file)) as { default: readonly Check[] }).default;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
