import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { tex2typst } from 'tex2typst';
import { stripCommandArguments } from './content-lint';

/**
 * LaTeX → Typst for the copy menu. tex2typst does the conversion; since a wrong formula is
 * worse than none, a conversion is offered only when it compiles with the real Typst
 * compiler and passes the faithfulness rules below. Otherwise the equation simply has no
 * Typst form, and the reason is returned for the tests.
 */
export type TypstResult = { ok: true; typst: string } | { ok: false; reason: string };

let compiler: NodeCompiler | undefined;

/** Compiles `$ typst $` as a Typst document; returns the error message, or undefined when it compiles. */
export function typstCompileError(typst: string): string | undefined {
  compiler ??= NodeCompiler.create();
  const result = compiler.compile({ mainFileContent: `$ ${typst} $\n` });
  if (!result.hasError() && result.result) return undefined;
  const diagnostics = result.takeDiagnostics();
  const messages = (diagnostics?.shortDiagnostics ?? []) as { message: string }[];
  return messages.length > 0 ? JSON.stringify(messages.map((d) => d.message)) : 'compilation failed';
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Digits, letters used as symbols, and the operators whose loss would change the meaning. */
export function faithfulnessProblems(latex: string, typst: string): string[] {
  const problems: string[] = [];
  if (/\\[A-Za-z]/.test(typst)) problems.push(`unconverted LaTeX command ${/\\[A-Za-z]+/.exec(typst)?.[0] ?? ''}`);
  const texDigits = (latex.match(/\d/g) ?? []).sort().join('');
  const typDigits = (typst.match(/\d/g) ?? []).sort().join('');
  if (texDigits !== typDigits) problems.push(`digits differ: ${texDigits} vs ${typDigits}`);
  // Letters written as math symbols in LaTeX must all survive (Typst adds names, never removes).
  const texLetters = stripCommandArguments(latex).replace(/\\[A-Za-z]+/g, ' ');
  for (const letter of new Set(texLetters.match(/[A-Za-z]/g) ?? [])) {
    if (count(typst, new RegExp(letter, 'g')) < count(texLetters, new RegExp(letter, 'g'))) problems.push(`symbol ${letter} lost`);
  }
  const plusTex = count(latex, /\+/g);
  const plusTyp = count(typst, /\+/g);
  if (plusTex !== plusTyp) problems.push(`"+" count differs: ${plusTex} vs ${plusTyp}`);
  const equalsTex = count(latex, /(?<![<>!:=])=(?!=)/g);
  const equalsTyp = count(typst, /(?<![<>!:=])=(?![=>])/g);
  if (equalsTex !== equalsTyp) problems.push(`"=" count differs: ${equalsTex} vs ${equalsTyp}`);
  const fractions = count(latex, /\\[dt]?frac\b/g);
  if (count(typst, /\//g) < fractions) problems.push('a fraction was lost');
  const roots = count(latex, /\\sqrt\b/g);
  if (count(typst, /\b(sqrt|root)\(/g) < roots) problems.push('a root was lost');
  return problems;
}

/** Spellings tex2typst does not know, rewritten to equivalent ones it does (same output in LaTeX). */
function prepare(latex: string): string {
  return latex.replace(/\\[lr]Vert(?![A-Za-z])/g, '\\|').replace(/\\[lr]vert(?![A-Za-z])/g, '|');
}

export function convertToTypst(latex: string): TypstResult {
  let typst: string;
  try {
    typst = tex2typst(prepare(latex)).trim();
  } catch (error) {
    return { ok: false, reason: `tex2typst: ${error instanceof Error ? error.message : String(error)}` };
  }
  const problems = faithfulnessProblems(latex, typst);
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  const compileError = typstCompileError(typst);
  if (compileError) return { ok: false, reason: `does not compile: ${compileError}` };
  return { ok: true, typst };
}
