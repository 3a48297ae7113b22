import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, createFixtureSite, removeFixture, type BuildResult } from '../helpers/fixture-site';

/**
 * Two real `astro build`s prove that the build runs the content validator and stops on what
 * it finds. Every rule and every bad input is tested in-process, through the same validator,
 * in tests/unit/content-validator.test.ts.
 */

function entry(frontmatter: string[], body = '$$\nf(x) = x^{2}\n$$\n\n## Where\n\n- $x$: the input.\n'): string {
  return `---\n${frontmatter.join('\n')}\n---\n\n${body}`;
}

const GOOD = [
  'title: Good entry',
  'category: activations',
  'summary: A valid entry used by the build tests.',
  'describes: [square of the input, fixture for the build tests]',
  'unverified: A fixture with nothing to compute, for the build tests.',
];

let good: BuildResult;
let bad: BuildResult;
beforeAll(async () => {
  [good, bad] = await Promise.all([
    buildSite(
      createFixtureSite({
        'content/equations/activations/good-entry.md': entry(GOOD),
        // Valid but unusual: Windows line endings and a byte-order mark, Chinese prose.
        'content/equations/activations/crlf-entry.md': `\uFEFF${entry(
          [
            'title: CRLF entry',
            'category: activations',
            'summary: Written on Windows.',
            'related: [good-entry]',
            GOOD[3] ?? '',
            GOOD[4] ?? '',
          ],
          '$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n\n## Where\n\n- $a$: 交叉熵.\n',
        ).replace(/\n/g, '\r\n')}`,
      }),
    ),
    buildSite(
      createFixtureSite({
        'content/equations/activations/bad-math.md': entry(GOOD, '$$\n\\frac{1}{2\n$$\n\n## Where\n\n- $x$: x.\n'),
        'content/equations/losses/bad-field.md': entry([
          'title: Bad field',
          'category: activation',
          'summary: Category is misspelled.',
          GOOD[3] ?? '',
        ]),
        'content/equations/activations/raw-html.md': entry(GOOD, '$$\nx\n$$\n\n## Where\n\n- $x$: x.\n\n<img src=x onerror="alert(1)">\n'),
      }),
    ),
  ]);
}, 600_000);
afterAll(() => {
  for (const result of [good, bad]) removeFixture(result.dir);
});

describe('npm run build', () => {
  it('builds valid content, unusual line endings and Unicode prose included', () => {
    expect(good.code, good.output).toBe(0);
    expect(existsSync(join(good.dir, 'dist', 'equations', 'crlf-entry', 'index.html'))).toBe(true);
    // The copied LaTeX is the source without the carriage returns.
    const html = readFileSync(join(good.dir, 'dist', 'equations', 'crlf-entry', 'index.html'), 'utf8');
    expect(html).toContain('\\begin{aligned} a &#x26;= b \\\\ c &#x26;= d \\end{aligned}');
    expect(html).not.toContain('\r');
  });

  it('stops on broken content, listing every problem as file:line — rule — reason, and writes no site', () => {
    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain('3 content problems');
    expect(bad.output).toMatch(/content\/equations\/activations\/bad-math\.md:9 — math — \$\$ block 1: invalid LaTeX: KaTeX parse error/);
    expect(bad.output).toMatch(/content\/equations\/losses\/bad-field\.md:3 — schema — category "activation" is not valid/);
    expect(bad.output).toMatch(/content\/equations\/activations\/raw-html\.md:17 — raw-html — raw HTML is not allowed/);
    expect(existsSync(join(bad.dir, 'dist', 'index.html'))).toBe(false);
  });
});
