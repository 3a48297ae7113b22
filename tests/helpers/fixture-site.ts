import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './entries';

export interface BuildResult {
  code: number | null;
  output: string;
  dir: string;
}

/** Copied, not linked: Astro's compiler keys its metadata by real path and breaks on linked sources. */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Creates a throw-away copy of the site whose only content is `files`
 * (paths relative to the fixture root, e.g. `content/equations/x/y.md`).
 * Everything else is the real project (sources copied, node_modules linked), so the real
 * pipeline is what is tested.
 */
export function createFixtureSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mleq-fixture-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'content', 'equations'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `astro build` on a directory with the project's Node; resolves with exit code and output. */
export function buildSite(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', dir], {
      cwd: dir,
      env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.astro-cache'), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      resolve({ code, output, dir });
    });
  });
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
