import { texText, venueText } from './bibtex';
import { formatEquation } from './copy-formats';
import type { WhereSymbol } from './latex-blocks';
import { preambleFor, usePackageLines } from './latex-document';
import type { PaperData } from './schema';

/** What an entry's standalone `.tex` holds. */
export interface TexEntry {
  id: string;
  title: string;
  summary: string;
  /** The `$$` blocks, exactly as the copy buttons give them. */
  display: readonly string[];
  where: readonly WhereSymbol[];
  /** The entry page's URL, printed as the source. */
  url: string;
  paper?: PaperData | undefined;
  /** The work's BibTeX (under its site-wide key), kept as a comment to paste into a .bib. */
  bibtex?: string | undefined;
  /** Its key, for the bibliography item. */
  key?: string | undefined;
}

const authorsText = (authors: readonly string[]) =>
  authors.length <= 2 ? authors.join(' and ') : `${authors.slice(0, -1).join(', ')}, and ${authors.at(-1) ?? ''}`;

/**
 * A standalone pdfLaTeX document of one entry: its title and summary, each equation in an
 * `equation` environment labelled as the copy menu labels it (eq:<id>, eq:<id>-2 …), the
 * Where list, and the reference as a bibliography item (its BibTeX in a comment below it).
 * Only amsmath, amssymb and bm as the math needs them (preambleFor), plus url.
 */
export function entryTex(entry: TexEntry): string {
  const math = [...entry.display, ...entry.where.flatMap((w) => [...w.tex.matchAll(/\$([^$]+)\$/g)].map((m) => m[1] ?? ''))];
  const equations = entry.display.map((latex, i) => formatEquation('equation', { latex, id: entry.id, index: i + 1 }) ?? '');
  const paper = entry.paper;
  const lines = [
    `% ${entry.title}: ${entry.url}`,
    '\\documentclass{article}',
    '\\usepackage[T1]{fontenc}',
    usePackageLines(preambleFor(math)),
    '\\usepackage{url}',
    '\\begin{document}',
    '',
    `\\section*{${texText(entry.title, { strict: false })}}`,
    '',
    texText(entry.summary, { strict: false }),
    '',
    ...equations.flatMap((e) => [e, '']),
    ...(entry.where.length > 0 ? ['where', '\\begin{itemize}', ...entry.where.map((w) => `  \\item ${w.tex}`), '\\end{itemize}', ''] : []),
    `Source: \\url{${entry.url}}.`,
    '',
  ];
  if (paper && entry.key) {
    const venue = venueText(paper);
    lines.push(
      '\\begin{thebibliography}{1}',
      `\\bibitem{${entry.key}} ${texText(authorsText(paper.authors), { strict: false })}.`,
      `\\newblock ${texText(paper.title, { strict: false })}.`,
      `\\newblock ${venue ? `${texText(venue, { strict: false })}, ` : ''}${paper.year}.`,
      `\\newblock \\url{${paper.url}}`,
      '\\end{thebibliography}',
      '',
      ...(entry.bibtex ? ['% The reference as BibTeX, for a .bib file:', ...entry.bibtex.split('\n').map((l) => `% ${l}`), ''] : []),
    );
  }
  lines.push('\\end{document}', '');
  return lines.join('\n');
}
