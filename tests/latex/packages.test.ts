import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KATEX_ONLY } from '../../src/lib/content-lint';
import { AMSSYMB_COMMANDS, BM_COMMANDS, type LatexPackage } from '../../src/lib/latex-document';
import { runPdflatex } from '../helpers/pdflatex';

/**
 * What each command means in pdfLaTeX with the given packages: `undefined`, a
 * "not provided in base LaTeX2e" stub (`\not@base`, which errors when used), or its meaning.
 */
async function meanings(names: readonly string[], packages: readonly LatexPackage[]): Promise<Map<string, string>> {
  const source = [
    '\\documentclass{article}',
    ...packages.map((p) => `\\usepackage{${p}}`),
    '\\begin{document}',
    ...names.map((n) => `\\typeout{MEANING ${n} \\ifdefined\\${n}\\meaning\\${n}\\else undefined\\fi}`),
    '\\end{document}',
  ].join('\n');
  const run = await runPdflatex({ source });
  expect(run.code).toBe(0);
  return new Map([...run.log.matchAll(/^MEANING (\S+) (.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

const isAvailable = (meaning: string | undefined) => meaning !== undefined && meaning !== 'undefined' && !meaning.includes('\\not@base');

/** Every command name amsfonts.sty and amssymb.sty define, read from the installed files. */
function amssymbCandidates(): string[] {
  const files = ['amsfonts.sty', 'amssymb.sty'].map((f) => execFileSync('kpsewhich', [f], { encoding: 'utf8', timeout: 60_000 }).trim());
  const source = files.map((f) => readFileSync(f, 'utf8').replace(/(?<!\\)%.*$/gm, '')).join('\n');
  const patterns = [
    /\\(?:ams@)?Declare(?:MathSymbol|MathDelimiter|MathAlphabet|SymbolFontAlphabet|RobustCommand)\{\\([A-Za-z@]+)\}/g,
    /\\(?:global\\let|let|[xge]?def)\\([A-Za-z@]+)/g,
    /\\@ifundefined\{([A-Za-z@]+)\}/g,
  ];
  const names = patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
  return [...new Set(names)].filter((n) => n !== '' && !n.includes('@')).sort();
}

describe('preambleFor knows exactly which commands need a package', () => {
  it('lists every command amssymb/amsfonts add to amsmath, and nothing else', async () => {
    const candidates = amssymbCandidates();
    expect(candidates.length).toBeGreaterThan(200);
    const [without, withAmssymb] = await Promise.all([meanings(candidates, ['amsmath']), meanings(candidates, ['amsmath', 'amssymb'])]);
    const added = candidates.filter((n) => !isAvailable(without.get(n)) && isAvailable(withAmssymb.get(n)));
    expect([...AMSSYMB_COMMANDS].sort()).toEqual(added);
  });

  it('lists commands that need bm, and amsmath already has \\boldsymbol', async () => {
    const names = [...BM_COMMANDS, 'boldsymbol'];
    const [without, withBm] = await Promise.all([meanings(names, ['amsmath', 'amssymb']), meanings(names, ['amsmath', 'amssymb', 'bm'])]);
    expect(names.filter((n) => !isAvailable(without.get(n)))).toEqual([...BM_COMMANDS]);
    expect(names.filter((n) => isAvailable(withBm.get(n)))).toEqual(names);
  });
});

describe('the KaTeX-only macros content-lint rejects', () => {
  /** Defined in pdfLaTeX, yet rejected on purpose (see the comment on KATEX_ONLY). */
  const DEFINED_BUT_REJECTED = ['Bbb', 'bold', 'empty', 'bm', 'def', 'gdef', 'newcommand', 'renewcommand'];

  it('are undefined in pdfLaTeX with amsmath, amssymb and bm, except the ones rejected on purpose', async () => {
    const meaning = await meanings(KATEX_ONLY, ['amsmath', 'amssymb', 'bm']);
    expect(KATEX_ONLY.filter((n) => isAvailable(meaning.get(n))).sort()).toEqual([...DEFINED_BUT_REJECTED].sort());
  });
});
