import { describe, expect, it } from 'vitest';
import {
  collectMath,
  createLatexDocument,
  formatLatexError,
  preambleFor,
  usePackageLines,
  type LatexEntry,
  type MathOrigin,
} from '../../src/lib/latex-document';
import { readEntries } from '../helpers/entries';
import { compileMath, runPdflatex } from '../helpers/pdflatex';

const entries: LatexEntry[] = readEntries().map(({ id, body }) => ({ id, body }));
const math = collectMath(entries);

/** Groups the math by the preamble preambleFor computes for each piece on its own. */
function byOwnPreamble(pieces: readonly MathOrigin[]): Map<string, MathOrigin[]> {
  const groups = new Map<string, MathOrigin[]>();
  for (const piece of pieces) {
    const key = preambleFor([piece.latex]).join(',');
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  }
  return groups;
}

describe('every equation compiles in a real LaTeX document', () => {
  it('reads the math of every entry', () => {
    expect(entries.length).toBeGreaterThan(200);
    expect(math.filter((m) => m.kind === 'display').length).toBeGreaterThanOrEqual(entries.length);
  });

  it('compiles every $$ block and inline $…$ of every entry with pdflatex, amsmath, amssymb and bm', async () => {
    const errors = await compileMath(math);
    expect(errors.map(formatLatexError).join('\n'), 'pdflatex errors (entry: math: TeX message)').toBe('');
  });

  it('compiles every block with only the packages preambleFor names for it', async () => {
    const groups = [...byOwnPreamble(math)];
    const results = await Promise.all(
      groups.map(async ([key, pieces]) => {
        const packages = preambleFor(pieces.map((p) => p.latex));
        const errors = await compileMath(pieces, packages);
        return errors.map((e) => `${formatLatexError(e)} — with only ${usePackageLines(packages).replace(/\n/g, ' ')} [${key}]`);
      }),
    );
    expect(results.flat().join('\n'), 'a block needs a package preambleFor does not name').toBe('');
  });
});

/** Entry bodies that must not compile, each for a different reason. */
const BROKEN: LatexEntry[] = [
  { id: 'fixture-argmax', body: '$$\n\\theta^{*} = \\argmax_{\\theta} p(x)\n$$\n' },
  { id: 'fixture-katex-reals', body: '$$\nx = 1\n$$\n\nwith $x \\in \\R^d$ in the prose.\n' },
  { id: 'fixture-unbalanced', body: '$$\n\\frac{1}{2\n$$\n' },
  { id: 'fixture-top-level-align', body: '$$\n\\begin{align} a &= b \\end{align}\n$$\n' },
];
const GOOD: LatexEntry[] = [
  { id: 'fixture-good-before', body: '$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n\n- $z \\in \\mathbb{R}$: the input.\n' },
  { id: 'fixture-good-after', body: '$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n' },
];

describe('the LaTeX check can fail', () => {
  it('names each broken entry and its TeX error, and none of the good ones around them', async () => {
    const [first, ...others] = GOOD;
    const errors = await compileMath(collectMath([first as LatexEntry, ...BROKEN, ...others]));
    const byId = new Map(errors.map((e) => [e.origin?.id, formatLatexError(e)]));
    expect([...byId.keys()].sort()).toEqual(BROKEN.map((b) => b.id).sort());
    expect(byId.get('fixture-argmax')).toMatch(/^fixture-argmax: \$\$ block 1: Undefined control sequence \\argmax/);
    expect(byId.get('fixture-katex-reals')).toMatch(/^fixture-katex-reals: inline \$x \\in \\R\^d\$: Undefined control sequence \\R/);
    expect(byId.get('fixture-unbalanced')).toMatch(/^fixture-unbalanced: \$\$ block 1: /);
    expect(byId.get('fixture-top-level-align')).toMatch(/^fixture-top-level-align: \$\$ block 1: /);
  });

  it('fails on \\mathbb when amssymb is not loaded', async () => {
    const fixture = collectMath([{ id: 'fixture-mathbb', body: '$$\nx \\in \\mathbb{R}^d\n$$\n' }]);
    expect(await compileMath(fixture, ['amsmath', 'amssymb'])).toEqual([]);
    const errors = await compileMath(fixture, ['amsmath']);
    expect(errors.map(formatLatexError)).toEqual([
      expect.stringMatching(/^fixture-mathbb: \$\$ block 1: Undefined control sequence \\mathbb/),
    ]);
  });

  it('runs pdflatex -halt-on-error, which stops at the first error', async () => {
    const document = createLatexDocument(collectMath(BROKEN));
    const run = await runPdflatex(document, { haltOnError: true });
    expect(run.code).not.toBe(0);
    expect(run.log).toContain('! Undefined control sequence.');
    expect(run.log).not.toContain('\\R ');
  });
});
