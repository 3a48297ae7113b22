/**
 * Temporary copies of the project and timed `astro build`s in them, for `npm run bench`.
 * Nothing here writes inside the real checkout.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parseTimeVerbose } from './stats.ts';
import { entryPath, toMarkdown, type SyntheticEntry } from './synthetic.ts';

/** Top-level paths never copied: build output, caches, history and dependencies. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git']);
/** Caches that live inside node_modules/ and must stay per copy (Astro's content data store, Vite's deps). */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the working tree of `root` (without node_modules, dist, .astro, .git), or the files of
 * commit `ref` (`git archive`), into a new temporary directory. node_modules/ there is a real
 * directory whose entries are symlinks to the checkout's, so packages are shared but Astro's
 * and Vite's caches under node_modules/ are not: every build starts cold and none writes into
 * the real checkout.
 */
export async function copyProject(root: string, label: string, ref?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `mleq-bench-${label}-`));
  if (ref) {
    const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref], { maxBuffer: 1024 ** 3 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } else {
    await cp(root, dir, {
      recursive: true,
      filter: (source) => {
        const rel = relative(root, source);
        return rel === '' || !SKIP.has(rel.split(sep)[0] ?? '');
      },
    });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (!NODE_MODULES_CACHES.has(name)) await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Replaces the copy's content/equations/ with the given entries. */
export async function writeEntries(dir: string, entries: readonly SyntheticEntry[]): Promise<void> {
  const base = join(dir, 'content', 'equations');
  await rm(base, { recursive: true, force: true });
  for (const entry of entries) {
    const file = join(base, entryPath(entry));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, toMarkdown(entry));
  }
}

export interface BuildResult {
  wallMs: number;
  /** 1-minute load average of the machine when the build started (other work slows it). */
  loadAtStart: number;
  /** Largest single process of the build (GNU time's maximum resident set size), bytes. */
  maxRssLargest?: number;
  /** Largest sum of the RSS of every process in the build's tree, sampled every 100 ms from /proc, bytes. */
  maxRssTree: number;
  /** How the largest-process figure was obtained. */
  rssSource: '/usr/bin/time -v' | '/proc polling';
  log: string;
}

const PAGE_SIZE = 4096;

/** Parent pid of every process, from /proc/<pid>/stat. */
async function parentMap(): Promise<Map<number, number>> {
  const map = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    if (fields[1]) map.set(Number(name), Number(fields[1]));
  }
  return map;
}

/** RSS of `pid` and its descendants now (bytes) and the largest single process. */
async function treeRss(pid: number): Promise<{ sum: number; largest: number }> {
  const parents = await parentMap();
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let sum = 0;
  let largest = 0;
  for (const p of tree) {
    const statm = await readFile(`/proc/${p}/statm`, 'utf8').catch(() => '');
    const rss = Number(statm.split(' ')[1] ?? 0) * PAGE_SIZE;
    sum += rss;
    largest = Math.max(largest, rss);
  }
  return { sum, largest };
}

/**
 * `astro build` in `dir`, cold (fresh copy, no caches), with the wall clock measured here and
 * peak memory from `/usr/bin/time -v` when it exists plus /proc sampling of the process tree.
 */
export async function build(dir: string): Promise<BuildResult> {
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const args = hasTime ? ['-v', process.execPath, astro, 'build'] : [astro, 'build'];
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['SITE'];
  delete env['BASE'];
  const logFile = join(dir, 'bench-build.log');
  const log = createWriteStream(logFile);
  let stderr = '';
  const loadAtStart = loadavg()[0] ?? 0;
  const start = performance.now();
  const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    log.write(chunk);
  });
  let maxTree = 0;
  let maxLargest = 0;
  const sampling = { on: true };
  const sampler = (async () => {
    while (sampling.on && child.pid !== undefined) {
      const { sum, largest } = await treeRss(child.pid);
      maxTree = Math.max(maxTree, sum);
      maxLargest = Math.max(maxLargest, largest);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const wallMs = performance.now() - start;
  sampling.on = false;
  await sampler;
  await new Promise((resolve) => log.end(resolve));
  const text = await readFile(logFile, 'utf8');
  if (code !== 0) throw new Error(`astro build failed in ${dir} (exit ${code}):\n${text.split('\n').slice(-40).join('\n')}`);
  const parsed = parseTimeVerbose(stderr);
  const result: BuildResult = {
    wallMs,
    loadAtStart,
    maxRssTree: maxTree,
    rssSource: parsed.maxRssKb ? '/usr/bin/time -v' : '/proc polling',
    log: text,
  };
  result.maxRssLargest = parsed.maxRssKb ? parsed.maxRssKb * 1024 : maxLargest;
  return result;
}

export interface DirStats {
  bytes: number;
  files: number;
}

/** Total size and file count under `dir` (recursive; missing directory = zero). */
export async function dirStats(dir: string, filter: (path: string) => boolean = () => true): Promise<DirStats> {
  const out: DirStats = { bytes: 0, files: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!filter(path)) continue;
    out.bytes += (await stat(path)).size;
    out.files += 1;
  }
  return out;
}

export async function removeProject(dir: string): Promise<void> {
  if (!dir.startsWith(join(tmpdir(), 'mleq-bench-'))) throw new Error(`refusing to remove ${dir}`);
  await rm(dir, { recursive: true, force: true });
}
