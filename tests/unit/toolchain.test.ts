import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/entries';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare import specifier names: `katex/dist/x` → katex, `@a/b/c` → @a/b. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the toolchain', () => {
  it('pins one Node for scripts, CI and the deploy: the node devDependency, .node-version and the workflow agree', () => {
    expect(pkg.devDependencies['node']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(read('.node-version').trim()).toBe(pkg.devDependencies['node']);
    const workflow = read('.github/workflows/ci.yml');
    expect(workflow.match(/node-version-file: \.node-version/g)).toHaveLength(2);
  });

  it('publishes only what passed: the Pages build waits for the job that runs .ci/run', () => {
    const workflow = read('.github/workflows/ci.yml');
    expect(workflow).toMatch(/on:\n  push:\n  pull_request:/);
    expect(workflow).toMatch(/  test:\n[\s\S]*?- run: bash \.ci\/run/);
    expect(workflow).toMatch(/  build:\n    needs: test\n/);
    expect(workflow).toMatch(/  deploy:\n    needs: build\n/);
  });

  it('states the same Node requirement in the README as in engines', () => {
    const min = /^>=(\d+)$/.exec(pkg.engines.node)?.[1];
    expect(min).toBeDefined();
    expect(read('README.md')).toContain(`You need Node.js ${min ?? ''} or newer`);
  });

  it('lists everything the site imports at build time under dependencies, not devDependencies', () => {
    const files = [
      'astro.config.mjs',
      ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|mjs|astro)$/.test(f))
        .map((f) => join('src', f)),
    ];
    const imported = new Set<string>();
    for (const file of files) {
      for (const m of read(file).matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
        const spec = m[1] ?? '';
        if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('astro:') || builtinModules.includes(spec)) continue;
        imported.add(packageOf(spec));
      }
    }
    expect(imported.size).toBeGreaterThan(10);
    expect([...imported].filter((name) => !(name in pkg.dependencies)).sort()).toEqual([]);
  });
});
