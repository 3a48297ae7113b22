import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFLATEX } from '../../src/config';
import {
  createLatexDocument,
  parseLatexLog,
  type LatexDocument,
  type LatexError,
  type LatexPackage,
  type MathOrigin,
} from '../../src/lib/latex-document';

const execFileAsync = promisify(execFile);

export interface PdflatexRun {
  /** pdflatex's exit code (0: compiled without errors). */
  code: number;
  log: string;
}

/** Runs a TeX program in `cwd` (execFile, no shell) and returns its exit code; throws only when it could not start (ENOENT …). */
async function exitCode(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    await execFileAsync(command, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 });
    return 0;
  } catch (error) {
    const { code } = error as { code?: number | string };
    if (typeof code !== 'number') throw error;
    return code;
  }
}

/**
 * Compiles a document in a fresh temporary directory (execFile, no shell, no \write18) and
 * returns the exit code and the log. Without `haltOnError`, nonstopmode goes on after an
 * error, so one run lists every error; with it, the run stops at the first one.
 */
export async function runPdflatex(document: Pick<LatexDocument, 'source'>, { haltOnError = false } = {}): Promise<PdflatexRun> {
  const dir = await mkdtemp(join(tmpdir(), 'mleq-latex-'));
  try {
    await writeFile(join(dir, 'equations.tex'), document.source);
    const args = ['-interaction=nonstopmode', '-no-shell-escape', ...(haltOnError ? ['-halt-on-error'] : []), 'equations.tex'];
    // Unwrapped log lines (TeX wraps at 79 columns by default) keep messages and `l.N` whole.
    const env = { ...process.env, max_print_line: '10000', error_line: '254', half_error_line: '238' };
    const code = await exitCode(PDFLATEX, args, dir, env);
    const log = await readFile(join(dir, 'equations.log'), 'latin1');
    return { code, log };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Maps over items with at most `limit` promises in flight. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Errors of a run that failed without a `!` error TeX printed (should not happen, but never pass silently). */
function failedRun(run: PdflatexRun): LatexError[] {
  return [
    {
      message: `pdflatex exited with ${run.code}; log ends:\n${run.log.slice(-1500)}`,
      line: undefined,
      origin: undefined,
      mathLine: undefined,
    },
  ];
}

/**
 * Compiles all the math in one document and returns its errors, each attributed to one
 * entry. The clean case costs one pdflatex run. When it fails, errors after the first could
 * in principle be knock-on effects of an earlier one, so each entry named is compiled again
 * on its own with -halt-on-error (its first error is then certainly its own), and the other
 * entries are compiled once more without the failing ones, until that run is clean.
 */
export async function compileMath(math: readonly MathOrigin[], packages?: readonly LatexPackage[]): Promise<LatexError[]> {
  if (math.length === 0) return [];
  const document = createLatexDocument(math, packages);
  const run = await runPdflatex(document);
  if (run.code === 0) return [];
  const errors = parseLatexLog(run.log, document);
  const suspects = [...new Set(errors.flatMap((e) => (e.origin ? [e.origin.id] : [])))];
  if (suspects.length === 0) return errors.length > 0 ? errors : failedRun(run);

  const confirmed = await mapLimited(suspects, availableParallelism(), async (id) => {
    const own = createLatexDocument(
      math.filter((m) => m.id === id),
      packages,
    );
    const alone = await runPdflatex(own, { haltOnError: true });
    if (alone.code === 0) return [];
    const found = parseLatexLog(alone.log, own);
    return found.length > 0 ? found.slice(0, 1) : failedRun(alone);
  });
  const failing = new Set(confirmed.flatMap((found, i) => (found.length > 0 ? [suspects[i]] : [])));
  const rest = math.filter((m) => !failing.has(m.id));
  // An entry blamed in the full run that compiles alone was hit by a knock-on effect; if
  // nothing compiled alone failed either, the failure is not the entries' (report it as is).
  if (failing.size === 0) return errors;
  return [...confirmed.flat(), ...(await compileMath(rest, packages))];
}

/** What pdfLaTeX + BibTeX said of a bibliography. */
export interface BibliographyRun {
  /** `\bibitem`s in the .bbl BibTeX wrote. */
  items: number;
  /** Every error and warning of BibTeX and of the last pdfLaTeX run; empty when the bibliography is clean. */
  problems: string[];
}

const BIBTEX = process.env['BIBTEX_PATH'] ?? 'bibtex';

/**
 * Cites every entry of `bib` (`\nocite{*}`) in a document with natbib's plainnat and the url
 * package, runs pdflatex, bibtex, pdflatex, pdflatex, and collects BibTeX's warnings and errors
 * (its .blg) and pdfLaTeX's errors, warnings and missing characters.
 */
export async function compileBibliography(bib: string): Promise<BibliographyRun> {
  const dir = await mkdtemp(join(tmpdir(), 'mleq-bib-'));
  try {
    await writeFile(join(dir, 'refs.bib'), bib);
    const source = [
      '\\documentclass{article}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{natbib}',
      '\\usepackage{url}',
      '\\begin{document}',
      '\\nocite{*}',
      '\\bibliographystyle{plainnat}',
      '\\bibliography{refs}',
      '\\end{document}',
      '',
    ].join('\n');
    await writeFile(join(dir, 'paper.tex'), source);
    const env = { ...process.env, max_print_line: '10000' };
    const run = (command: string, args: string[]) => exitCode(command, args, dir, env);
    const latex = ['-interaction=nonstopmode', '-no-shell-escape', 'paper.tex'];
    const problems: string[] = [];
    if ((await run(PDFLATEX, latex)) !== 0) problems.push('pdflatex failed before BibTeX ran');
    const bibtexCode = await run(BIBTEX, ['paper']);
    const blg = await readFile(join(dir, 'paper.blg'), 'latin1').catch(() => '');
    for (const line of blg.split('\n')) {
      if (/^Warning--|error message|^I was expecting|^I couldn't|^Repeated entry|---line \d+ of file/.test(line))
        problems.push(`bibtex: ${line.trim()}`);
    }
    if (bibtexCode !== 0 && !problems.some((p) => p.startsWith('bibtex'))) problems.push(`bibtex exited with ${bibtexCode}`);
    await run(PDFLATEX, latex);
    const code = await run(PDFLATEX, latex);
    const log = await readFile(join(dir, 'paper.log'), 'latin1');
    const lines = log.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('! ')) problems.push(`pdflatex: ${line} ${lines[i + 1]?.trim() ?? ''}`);
      // Warnings (undefined citations, font substitutions) and glyphs the fonts lack; overfull boxes from long URLs are layout, not errors.
      else if (/Warning|Missing character/.test(line)) problems.push(`pdflatex: ${line.trim()}`);
    });
    if (code !== 0 && !problems.some((p) => p.startsWith('pdflatex'))) problems.push(`pdflatex exited with ${code}`);
    const bbl = await readFile(join(dir, 'paper.bbl'), 'latin1').catch(() => '');
    return { items: (bbl.match(/\\bibitem/g) ?? []).length, problems };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
