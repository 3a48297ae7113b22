/**
 * A small task graph for `npm test`: each task is one command that waits for the tasks it
 * names in `after`; up to `jobs` run at once. Output is kept per task (never interleaved) and
 * written to a log file; a failure stops the rest. Pure scheduling is separated from spawning
 * so that tests/unit/tasks.test.ts can check it without running anything.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Task {
  /** Short name, unique in the graph, e.g. `build` or `browser:base`. */
  name: string;
  /** Program and arguments, run without a shell. */
  command: readonly string[];
  /** Extra environment for this task. */
  env?: Record<string, string>;
  /** Names of the tasks that must pass before this one starts. */
  after?: readonly string[];
  /**
   * Tasks that share a resource (Astro's `.astro/` folder) name it here; two tasks with the
   * same `lock` never run at once.
   */
  lock?: string;
}

export interface TaskResult {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

/** Throws when a task waits for one that does not exist, names repeat, or the graph has a cycle. */
export function checkGraph(tasks: readonly Task[]): void {
  const names = new Set<string>();
  for (const task of tasks) {
    if (names.has(task.name)) throw new Error(`task "${task.name}" is defined twice`);
    names.add(task.name);
  }
  for (const task of tasks) {
    for (const dep of task.after ?? []) if (!names.has(dep)) throw new Error(`task "${task.name}" waits for unknown task "${dep}"`);
  }
  const byName = new Map(tasks.map((t) => [t.name, t]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`tasks wait for each other in a cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const dep of byName.get(name)?.after ?? []) visit(dep, [...path, name]);
    state.set(name, 'done');
  };
  for (const task of tasks) visit(task.name, []);
}

/**
 * The tasks that may start now: not started, every `after` passed, no running task holds the
 * same lock, within the `jobs` limit. In the order given, so the list order is the priority.
 */
export function readyTasks(
  tasks: readonly Task[],
  state: { running: ReadonlySet<string>; passed: ReadonlySet<string>; started: ReadonlySet<string> },
  jobs: number,
): Task[] {
  const byName = new Map(tasks.map((t) => [t.name, t]));
  const locks = new Set([...state.running].map((n) => byName.get(n)?.lock).filter((l) => l !== undefined));
  const ready: Task[] = [];
  for (const task of tasks) {
    if (state.running.size + ready.length >= jobs) break;
    if (state.started.has(task.name)) continue;
    if (!(task.after ?? []).every((dep) => state.passed.has(dep))) continue;
    if (task.lock !== undefined && locks.has(task.lock)) continue;
    if (task.lock !== undefined) locks.add(task.lock);
    ready.push(task);
  }
  return ready;
}

/** Vitest's closing "Tests  12 failed | 900 passed (912)" line, as counts. */
export function vitestCounts(output: string): { passed: number; failed: number; skipped: number } | undefined {
  const line = output.replace(/\x1b\[[0-9;]*m/g, '').match(/^\s*Tests\s+(.*)$/m)?.[1];
  if (!line) return undefined;
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') + count('todo') };
}

function runOne(task: Task, logDir: string, children: Set<ReturnType<typeof spawn>>): Promise<TaskResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [program = '', ...args] = task.command;
    const child = spawn(program, args, {
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...task.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const finish = (code: number) => {
      children.delete(child);
      writeFileSync(join(logDir, `${task.name.replace(/[^\w.-]/g, '-')}.log`), output);
      resolve({ name: task.name, code, seconds: (performance.now() - started) / 1000, output });
    };
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
      finish(127);
    });
    child.on('close', (code, signal) => {
      finish(code ?? (signal ? 128 : 1));
    });
  });
}

/**
 * Runs the graph. Resolves with every finished task's result; stops starting tasks (and ends
 * the running ones) at the first failure. `report` is called as each task finishes.
 */
export async function runTasks(
  tasks: readonly Task[],
  options: { jobs: number; logDir: string; report: (result: TaskResult) => void },
): Promise<TaskResult[]> {
  checkGraph(tasks);
  mkdirSync(options.logDir, { recursive: true });
  const running = new Set<string>();
  const passed = new Set<string>();
  const started = new Set<string>();
  const results: TaskResult[] = [];
  const children = new Set<ReturnType<typeof spawn>>();
  let failed = false;
  const inFlight = new Map<string, Promise<TaskResult>>();

  for (;;) {
    if (!failed) {
      for (const task of readyTasks(tasks, { running, passed, started }, options.jobs)) {
        started.add(task.name);
        running.add(task.name);
        inFlight.set(task.name, runOne(task, options.logDir, children));
      }
    }
    if (inFlight.size === 0) break;
    const result = await Promise.race(inFlight.values());
    inFlight.delete(result.name);
    running.delete(result.name);
    results.push(result);
    options.report(result);
    if (result.code === 0) passed.add(result.name);
    else if (!failed) {
      failed = true;
      // Ends the other tasks and their children (each runs in its own process group).
      for (const child of children) if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }
  return results;
}
