import { extractMath } from './latex-blocks';

/**
 * The promise "every equation compiles in a real LaTeX document", as pure functions: which
 * packages a piece of math needs, one pdfLaTeX document holding the math of many entries
 * with a map from its lines back to the entries, and a reader for pdfLaTeX's log that turns
 * `! …` errors into entry ids. tests/latex runs pdfLaTeX on these documents.
 */

/** The packages entries may rely on, in the order they must be loaded (bm after the fonts). */
export const LATEX_PACKAGES = ['amsmath', 'amssymb', 'bm'] as const;
export type LatexPackage = (typeof LATEX_PACKAGES)[number];

/**
 * Commands that need `\usepackage{amssymb}` (which loads amsfonts), without the backslash:
 * every command amssymb.sty and amsfonts.sty (AMSFonts v3.01) define that is undefined, or
 * defined only as a "not provided in base LaTeX2e" error (`\Box`, `\mho`, `\lhd` …), under
 * amsmath alone. Commands the packages merely redefine (`\widehat`, `\hbar`, `\angle`) are
 * not listed: they compile without them. tests/latex re-derives this list from the installed
 * .sty files, so it cannot drift.
 */
export const AMSSYMB_COMMANDS: ReadonlySet<string> = new Set(
  `Bbb Bbbk Box Bumpeq Cap Cup Diamond Doteq Finv Game Join Lleftarrow Lsh Rrightarrow Rsh Subset Supset Vdash
  Vvdash approxeq backepsilon backprime backsim backsimeq barwedge because beth between bigstar blacklozenge
  blacksquare blacktriangle blacktriangledown blacktriangleleft blacktriangleright bold boxdot boxminus boxplus
  boxtimes bumpeq centerdot checkmark circeq circlearrowleft circlearrowright circledR circledS circledast
  circledcirc circleddash complement curlyeqprec curlyeqsucc curlyvee curlywedge curvearrowleft curvearrowright
  daleth dasharrow dashleftarrow dashrightarrow diagdown diagup digamma divideontimes doteqdot dotplus
  doublebarwedge doublecap doublecup downdownarrows downharpoonleft downharpoonright eqcirc eqsim eqslantgtr
  eqslantless eth fallingdotseq frak geqq geqslant ggg gggtr gimel gnapprox gneq gneqq gnsim gtrapprox gtrdot
  gtreqless gtreqqless gtrless gtrsim gvertneqq hslash intercal leadsto leftarrowtail leftleftarrows
  leftrightarrows leftrightharpoons leftrightsquigarrow leftthreetimes leqq leqslant lessapprox lessdot
  lesseqgtr lesseqqgtr lessgtr lesssim lhd llcorner lll llless lnapprox lneq lneqq lnsim looparrowleft
  looparrowright lozenge lrcorner ltimes lvertneqq maltese mathbb mathfrak measuredangle mho multimap nLeftarrow
  nLeftrightarrow nRightarrow nVDash nVdash ncong newsymbol nexists ngeq ngeqq ngeqslant ngtr nleftarrow
  nleftrightarrow nleq nleqq nleqslant nless nmid nparallel nprec npreceq nrightarrow nshortmid nshortparallel
  nsim nsubseteq nsubseteqq nsucc nsucceq nsupseteq nsupseteqq ntriangleleft ntrianglelefteq ntriangleright
  ntrianglerighteq nvDash nvdash pitchfork precapprox preccurlyeq precnapprox precneqq precnsim precsim
  restriction rhd rightarrowtail rightleftarrows rightrightarrows rightsquigarrow rightthreetimes risingdotseq
  rtimes shortmid shortparallel smallfrown smallsetminus smallsmile sphericalangle sqsubset sqsupset square
  subseteqq subsetneq subsetneqq succapprox succcurlyeq succnapprox succneqq succnsim succsim supseteqq
  supsetneq supsetneqq therefore thickapprox thicksim triangledown trianglelefteq triangleq trianglerighteq
  twoheadleftarrow twoheadrightarrow ulcorner unlhd unrhd upharpoonleft upharpoonright upuparrows urcorner vDash
  varkappa varnothing varpropto varsubsetneq varsubsetneqq varsupsetneq varsupsetneqq vartriangle
  vartriangleleft vartriangleright veebar yen`.split(/\s+/),
);

/**
 * Commands that need `\usepackage{bm}`: the ones bm.sty defines and amsmath does not
 * (`\boldsymbol` is amsmath's own; bm only redefines it). `\hmdefine` exists only when heavy
 * fonts are installed, so it is left out.
 */
export const BM_COMMANDS: ReadonlySet<string> = new Set(['bm', 'hm', 'bmdefine', 'DeclareBoldMathCommand', 'heavysymbol', 'heavymath']);

/**
 * The control words of a LaTeX string, without the backslash, in order. `\\` and `\{` are
 * control symbols and are skipped (so `\\mathbb` is `\\` followed by letters, not
 * `\mathbb`), and so are `%` comments, as TeX reads them.
 */
export function controlWords(latex: string): string[] {
  const words: string[] = [];
  for (const [token] of latex.matchAll(/\\(?:[A-Za-z]+|[^A-Za-z])|%[^\n]*/gs)) {
    if (token.startsWith('\\') && /^\\[A-Za-z]/.test(token)) words.push(token.slice(1));
  }
  return words;
}

/**
 * The packages the given math needs, in loading order: always amsmath; amssymb when it uses
 * an AMSFonts command; bm when it uses `\bm`. Exact, so the site can print "Needs
 * \usepackage{amssymb}": tests/latex compiles every block with only its own preamble.
 */
export function preambleFor(latex: readonly string[]): LatexPackage[] {
  const words = new Set(latex.flatMap(controlWords));
  const uses = (commands: ReadonlySet<string>) => [...words].some((w) => commands.has(w));
  return LATEX_PACKAGES.filter((p) => p === 'amsmath' || (p === 'amssymb' && uses(AMSSYMB_COMMANDS)) || (p === 'bm' && uses(BM_COMMANDS)));
}

/** The `\usepackage{…}` lines for the packages, one per line, ready to paste into a preamble. */
export function usePackageLines(packages: readonly LatexPackage[]): string {
  return packages.map((p) => `\\usepackage{${p}}`).join('\n');
}

/** One piece of math of one entry: where it came from and its exact source. */
export interface MathOrigin {
  /** The entry id (file name without `.md`), e.g. `softmax`. */
  id: string;
  /** `display` for a `$$…$$` block, `inline` for `$…$` in the prose. */
  kind: 'display' | 'inline';
  /** Position among the entry's blocks of that kind, from 0. */
  index: number;
  /** The LaTeX, exactly as KaTeX renders it (see latex-blocks.ts). */
  latex: string;
}

/** An entry as the LaTeX checks need it: its id and its Markdown body. */
export interface LatexEntry {
  id: string;
  body: string;
}

/** Every `$$` block and inline `$…$` of the entries, in entry order, display blocks first. */
export function collectMath(entries: readonly LatexEntry[]): MathOrigin[] {
  return entries.flatMap(({ id, body }) => {
    const { display, inline } = extractMath(body);
    return [
      ...display.map((latex, index) => ({ id, kind: 'display' as const, index, latex })),
      ...inline.map((latex, index) => ({ id, kind: 'inline' as const, index, latex })),
    ];
  });
}

/** "$$ block 2" or "inline $\mathbf{x}_i$" (the way content-lint names a piece of math). */
export function describeMath(origin: MathOrigin): string {
  if (origin.kind === 'display') return `$$ block ${origin.index + 1}`;
  const short = origin.latex.length > 30 ? `${origin.latex.slice(0, 30)}…` : origin.latex;
  return `inline $${short}$`;
}

export interface LatexDocument {
  /** The complete `.tex` source. */
  source: string;
  /** The packages it loads. */
  packages: readonly LatexPackage[];
  /** Line number (from 1, as in TeX's `l.123`) → the math that line belongs to. */
  lines: ReadonlyMap<number, MathOrigin>;
  /** The line on which each piece of math's own source starts. */
  starts: ReadonlyMap<MathOrigin, number>;
}

/**
 * `\mathend` is `\outer`, so TeX refuses to read it as part of a macro argument: an unclosed
 * `{` in one block (`\frac{a}{b`) stops with "Forbidden control sequence" on that block's own
 * lines instead of swallowing the rest of the document and failing at the end of the file.
 */
const SEPARATOR = '\\mathend';

/**
 * One LaTeX document holding the given math. Display math goes into `\[ … \]`, which
 * amsmath makes `equation*`, the environment a paper would paste a `$$` block into, so
 * `aligned`, `cases` and `\tag` behave as they will there (and a top-level `align` fails, as
 * it should). Inline math goes into `\( … \)`. Delimiters sit on their own lines so a `%` in
 * the math cannot comment them out. Each piece is followed by the separator and a blank line;
 * all lines from its comment to that blank line map back to it.
 */
export function createLatexDocument(math: readonly MathOrigin[], packages: readonly LatexPackage[] = LATEX_PACKAGES): LatexDocument {
  const out: string[] = [
    '\\documentclass{article}',
    ...packages.map((p) => `\\usepackage{${p}}`),
    // Long formulas overflow the text width; those warnings are noise for a compile check.
    '\\hfuzz=\\maxdimen \\hbadness=10000 \\vfuzz=\\maxdimen \\vbadness=10000',
    `\\outer\\def${SEPARATOR}{}`,
    '\\begin{document}',
  ];
  const lines = new Map<number, MathOrigin>();
  const starts = new Map<MathOrigin, number>();
  for (const origin of math) {
    const [open, close] = origin.kind === 'display' ? ['\\[', '\\]'] : ['\\(', '\\)'];
    const comment = `% ${origin.id}: ${describeMath(origin).replace(/\n/g, ' ')}`;
    starts.set(origin, out.length + 3);
    for (const line of [comment, open, ...origin.latex.split('\n'), close, SEPARATOR, '']) {
      out.push(line);
      lines.set(out.length, origin);
    }
  }
  out.push('\\end{document}', '');
  return { source: out.join('\n'), packages, lines, starts };
}

/** One `! …` error from a pdfLaTeX log. */
export interface LatexError {
  /** TeX's message; for an undefined command it names the command: `Undefined control sequence \argmax`. */
  message: string;
  /** The document line TeX was reading (its `l.123`), when it printed one. */
  line: number | undefined;
  /** The math that line belongs to; undefined for errors outside any (preamble, end of file). */
  origin: MathOrigin | undefined;
  /** The line within the math's own source (from 1), when TeX stopped inside it rather than at a delimiter. */
  mathLine: number | undefined;
}

/** TeX breaks log lines at max_print_line (79 by default); a line of exactly that length continues. */
const DEFAULT_MAX_PRINT_LINE = 79;

/**
 * Every error in a pdfLaTeX log, mapped back to the math it came from through the document's
 * line map. Reads TeX's own format: `! message`, context lines (`<argument> …`), then
 * `l.123 source up to the error`. Works with logs wrapped at 79 columns and with unwrapped
 * ones (max_print_line raised). The final "Emergency stop" / "Fatal error" lines that merely
 * repeat that the run failed are dropped when a real error precedes them.
 */
export function parseLatexLog(log: string, document: LatexDocument): LatexError[] {
  const lines = log.split(/\r?\n/);
  const errors: LatexError[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i] ?? '';
    if (!first.startsWith('! ') || first.startsWith('!  ==>')) continue;
    let message = first.slice(2);
    let j = i;
    while ((lines[j] ?? '').length === DEFAULT_MAX_PRINT_LINE && j + 1 < lines.length) {
      j += 1;
      message += lines[j] ?? '';
    }
    // Package errors continue on lines starting with the package name: `(amsmath)   trying …`.
    while (/^\([A-Za-z]+\) /.test(lines[j + 1] ?? '')) {
      j += 1;
      message += ` ${(lines[j] ?? '').replace(/^\([A-Za-z]+\)\s+/, '')}`;
    }
    // Context: the lines up to TeX's `l.N` (or the next error, if TeX printed no `l.N`).
    let line: number | undefined;
    let topContext: string | undefined;
    for (let k = j + 1; k < lines.length && !(lines[k] ?? '').startsWith('! '); k += 1) {
      const text = lines[k] ?? '';
      if (topContext === undefined && /^(?:<[^>]+>|l\.\d+)/.test(text)) topContext = text;
      const at = /^l\.(\d+)/.exec(text);
      if (at) {
        line = Number(at[1]);
        break;
      }
    }
    if (message.startsWith('Undefined control sequence')) {
      const command = /(\\[A-Za-z@]+|\\.)\s*$/.exec(topContext ?? '')?.[1];
      message = command ? `Undefined control sequence ${command}` : message.replace(/\.$/, '');
    }
    const origin = line === undefined ? undefined : document.lines.get(line);
    const offset = origin && line !== undefined ? line - (document.starts.get(origin) ?? line) : -1;
    const inside = origin !== undefined && offset >= 0 && offset < origin.latex.split('\n').length;
    errors.push({ message, line, origin, mathLine: inside ? offset + 1 : undefined });
    i = j;
  }
  const real = errors.filter((e) => e.message !== 'Emergency stop.');
  return real.length > 0 ? real : errors;
}

/**
 * One line per error: `softmax: $$ block 2, line 3: Undefined control sequence \argmax`. The
 * line is counted within the block's source (shown for multi-line blocks); an error outside
 * any entry's math gives the line of the generated document instead.
 */
export function formatLatexError(error: LatexError): string {
  const { origin, mathLine, line, message } = error;
  if (!origin) return line === undefined ? message : `document line ${line}: ${message}`;
  const within = mathLine !== undefined && origin.latex.includes('\n') ? `, line ${mathLine}` : '';
  return `${origin.id}: ${describeMath(origin)}${within}: ${message}`;
}
