/**
 * The forms an equation can be copied in. Pure string functions shared by the client
 * script (copy menu) and the tests. `latex` is always the exact `$$` source.
 */
export const COPY_FORMATS = [
  { id: 'latex', label: 'LaTeX source', short: 'LaTeX' },
  { id: 'inline', label: 'Inline math $…$', short: '$…$' },
  { id: 'display', label: 'Display math $$…$$', short: '$$…$$' },
  { id: 'brackets', label: 'Display math \\[…\\]', short: '\\[…\\]' },
  { id: 'equation', label: 'LaTeX equation environment with \\label', short: 'equation' },
  { id: 'markdown', label: 'Markdown ```math block (GitHub)', short: 'Markdown' },
  { id: 'mathml', label: 'MathML (Word, LibreOffice, Google Docs)', short: 'MathML' },
  { id: 'typst', label: 'Typst', short: 'Typst' },
] as const;

export type CopyFormatId = (typeof COPY_FORMATS)[number]['id'];

export function isCopyFormat(value: unknown): value is CopyFormatId {
  return COPY_FORMATS.some((f) => f.id === value);
}

export interface EquationSource {
  /** Exact LaTeX of the `$$` block (trimmed). */
  latex: string;
  /** Entry id, for `\label{eq:<id>}`. */
  id: string;
  /** 1-based position of the equation in its entry; labels get a suffix after the first. */
  index: number;
  /** KaTeX's MathML for the equation (with or without the TeX annotation). */
  mathml?: string | undefined;
  /** Typst conversion, only when it compiled and passed the faithfulness rules. */
  typst?: string | undefined;
}

/** The label used in `\label{…}`: `eq:<id>`, `eq:<id>-2` for a second equation. */
export function equationLabel(id: string, index: number): string {
  return index > 1 ? `eq:${id}-${index}` : `eq:${id}`;
}

/**
 * MathML as Word, LibreOffice and Google Docs accept it: one `<math>` element with
 * `display="block"`, without KaTeX's `<semantics>` wrapper and TeX `<annotation>`, which
 * some of them paste as visible text.
 */
export function cleanMathml(mathml: string): string {
  let out = /<math[\s\S]*<\/math>/.exec(mathml)?.[0] ?? mathml;
  out = out.replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/g, '');
  out = out.replace(/<semantics>([\s\S]*)<\/semantics>/, '$1');
  const rows = /^(<math[^>]*>)\s*<mrow>([\s\S]*)<\/mrow>\s*(<\/math>)$/.exec(out);
  if (rows) out = `${rows[1] ?? ''}<mrow>${rows[2] ?? ''}</mrow>${rows[3] ?? ''}`;
  return out.trim();
}

/** The text to put on the clipboard, or undefined when this equation has no such form. */
export function formatEquation(format: CopyFormatId, source: EquationSource): string | undefined {
  const { latex } = source;
  switch (format) {
    case 'latex':
      return latex;
    case 'inline':
      return `$${latex}$`;
    case 'display':
      return `$$\n${latex}\n$$`;
    case 'brackets':
      return `\\[\n${latex}\n\\]`;
    case 'equation':
      return `\\begin{equation}\n${latex}\n\\label{${equationLabel(source.id, source.index)}}\n\\end{equation}`;
    case 'markdown':
      return `\`\`\`math\n${latex}\n\`\`\``;
    case 'mathml':
      return source.mathml ? cleanMathml(source.mathml) : undefined;
    case 'typst':
      return source.typst ? `$ ${source.typst} $` : undefined;
  }
}
