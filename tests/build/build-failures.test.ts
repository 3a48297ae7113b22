import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, createFixtureSite, removeFixture } from '../helpers/fixture-site';

/** A minimal valid entry; tests break one thing at a time. */
function entry(overrides: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    overrides.frontmatter ?? ['title: Good entry', 'category: activations', 'summary: A valid entry used by the build tests.'].join('\n');
  const body = overrides.body ?? '$$\nf(x) = x^{2}\n$$\n\n## Where\n\n- $x$: the input.\n';
  return `---\n${frontmatter}\n---\n\n${body}`;
}

const fixtures: string[] = [];
async function build(files: Record<string, string>) {
  const dir = createFixtureSite(files);
  fixtures.push(dir);
  return buildSite(dir);
}
afterAll(() => {
  fixtures.forEach(removeFixture);
});

describe('npm run build refuses broken content', () => {
  it('builds a valid fixture (the control case)', async () => {
    const result = await build({ 'content/equations/activations/good-entry.md': entry() });
    expect(result.output).toContain('Complete!');
    expect(result.code).toBe(0);
  });

  it('fails on invalid LaTeX in a $$ block and names the file and the KaTeX error', async () => {
    const result = await build({
      'content/equations/activations/bad-display.md': entry({ body: '$$\n\\frac{1}{2\n$$\n\n## Where\n\n- $x$: x.\n' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-display.md');
    expect(result.output).toMatch(/invalid LaTeX: KaTeX parse error/);
  });

  it('fails on invalid inline LaTeX and names the file', async () => {
    const result = await build({
      'content/equations/activations/bad-inline.md': entry({ body: '$$\nx\n$$\n\n## Where\n\n- $\\undefinedmacro{x}$: x.\n' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-inline.md');
    expect(result.output).toContain('\\undefinedmacro');
  });

  it('fails on Unicode inside math (strict mode) and names the file', async () => {
    const result = await build({
      'content/equations/activations/unicode-math.md': entry({
        body: '$$\n\\mu = \\frac{1}{H}∑_{i=1}^{H} x_i\n$$\n\n## Where\n\n- $x$: x.\n',
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('unicode-math.md');
  });

  it('fails on a schema violation and lists the valid categories', async () => {
    const result = await build({
      'content/equations/activations/bad-category.md': entry({
        frontmatter: 'title: Bad category\ncategory: activation\nsummary: Category is misspelled.',
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('bad-category.md');
    expect(result.output).toContain('activations, losses');
  });

  it('fails on a duplicate id in two folders and names both files', async () => {
    const result = await build({
      'content/equations/activations/twin.md': entry(),
      'content/equations/losses/twin.md': entry(),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('duplicate entry id "twin"');
    expect(result.output).toContain('content/equations/activations/twin.md');
    expect(result.output).toContain('content/equations/losses/twin.md');
  });

  it('fails on a related id that does not exist and names the file', async () => {
    const result = await build({
      'content/equations/activations/lonely.md': entry({
        frontmatter: 'title: Lonely\ncategory: activations\nsummary: Links to nothing.\nrelated:\n  - no-such-entry',
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('lonely.md');
    expect(result.output).toContain('related entry "no-such-entry" does not exist');
  });

  it('fails on raw HTML in an entry and names the file', async () => {
    const result = await build({
      'content/equations/activations/raw-html.md': entry({
        body: '$$\nx\n$$\n\n## Where\n\n- $x$: x.\n\n<img src=x onerror="alert(1)">\n',
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('raw-html.md');
    expect(result.output).toContain('raw HTML is not allowed');
  });

  it('fails on \\href (KaTeX trust is off) and names the file', async () => {
    const result = await build({
      'content/equations/activations/href-math.md': entry({ body: '$$\n\\href{javascript:alert(1)}{x}\n$$\n\n## Where\n\n- $x$: x.\n' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('href-math.md');
  });

  it('fails when a verified entry disagrees with its reference implementation and names the entry', async () => {
    const wrongRelu =
      '$$\n\\operatorname{ReLU}(x) = \\max(0, x) =\n\\begin{cases}\n  -x & \\text{if } x > 0, \\\\\n  0 & \\text{otherwise}\n\\end{cases}\n$$\n\n## Where\n\n- $x$: the input.\n';
    const result = await build({
      'content/equations/activations/relu.md': entry({
        frontmatter: 'title: ReLU\ncategory: activations\nsummary: Rectified linear unit.',
        body: wrongRelu,
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('relu: the formula disagrees with its reference implementation');
  });

  it('fails on a link in the prose to a missing entry and names the file', async () => {
    const result = await build({
      'content/equations/activations/dangling-link.md': entry({ body: '$$\nx\n$$\n\n## Where\n\n- $x$: see [ReLU](/equations/relu/).\n' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/dangling-link\.md:\d+: link to a missing entry "relu"/);
  });
});
