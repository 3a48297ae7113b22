import type { PaperData } from './schema';

/**
 * BibTeX for entries' references: one entry per work, of the type the frontmatter states, with
 * the fields that type needs (src/lib/schema.ts, PAPER_TYPES), written so that pdfLaTeX + BibTeX
 * with `plainnat` compile the whole bibliography without a warning (tests/latex).
 */

/** Accent commands for the combining marks NFD splits accented Latin letters into. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};
/** Letters with no decomposition, and their LaTeX commands. */
const LETTERS: Record<string, string> = {
  ł: '\\l',
  Ł: '\\L',
  ø: '\\o',
  Ø: '\\O',
  ß: '\\ss',
  æ: '\\ae',
  Æ: '\\AE',
  œ: '\\oe',
  Œ: '\\OE',
  ı: '\\i',
  đ: '\\dj',
};
/** Typographic punctuation and its ASCII/LaTeX spelling. */
const PUNCTUATION: Record<string, string> = {
  '–': '--',
  '—': '---',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '…': '\\ldots{}',
  '\u00A0': '~',
  '²': '\\textsuperscript{2}',
  '³': '\\textsuperscript{3}',
};

/** Thrown for text BibTeX and pdfLaTeX cannot typeset; the validator reports it with the file. */
export class BibtexTextError extends Error {}

/**
 * Plain text as a BibTeX value that pdfLaTeX typesets as written: TeX specials escaped
 * (`^` and `~` included), accented letters as accent commands in braces ("Järvelin" →
 * "J{\"a}rvelin", so BibTeX sorts and abbreviates them as letters), typographic quotes and dashes
 * in TeX's ASCII spelling. Anything else outside ASCII is an error naming the character
 * (`strict: false` passes it through, for text the validator has already checked).
 */
export function texText(value: string, options: { strict?: boolean } = {}): string {
  const strict = options.strict ?? true;
  let out = '';
  for (const ch of value) {
    if (/[A-Za-z0-9 .,;:!?()[\]'"`/@*+=-]/.test(ch)) out += ch;
    else if (ch === '\\') out += '\\textbackslash{}';
    else if (ch === '{') out += '\\textbraceleft{}';
    else if (ch === '}') out += '\\textbraceright{}';
    else if (ch === '^') out += '\\textasciicircum{}';
    else if (ch === '~') out += '\\textasciitilde{}';
    else if (ch === '|') out += '\\textbar{}';
    else if (ch === '<') out += '\\textless{}';
    else if (ch === '>') out += '\\textgreater{}';
    else if ('&%$#_'.includes(ch)) out += `\\${ch}`;
    else if (PUNCTUATION[ch]) out += PUNCTUATION[ch];
    else if (LETTERS[ch]) out += `{${LETTERS[ch]}}`;
    else {
      const [base = '', ...marks] = ch.normalize('NFD');
      const accents = marks.map((m) => ACCENTS[m]);
      if (!/^[A-Za-z]$/.test(base) || marks.length !== 1 || accents.includes(undefined)) {
        if (!strict) {
          out += ch;
          continue;
        }
        throw new BibtexTextError(
          `"${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) has no BibTeX spelling`,
        );
      }
      const letter = base === 'i' ? '\\i' : base;
      out += `{\\${accents[0] ?? ''}${/^[A-Za-z]/.test(accents[0] ?? '') ? ' ' : ''}${letter}}`;
    }
  }
  return out;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

const lastName = (author: string) => author.trim().split(/\s+/).at(-1) ?? 'anonymous';

/** The base citation key of a work, like `vaswani2017attention`; {@link citationKeys} makes it unique. */
export function citationKey(paper: PaperData): string {
  const word =
    paper.title.split(/\s+/).find((w) => ascii(w).length > 3 && !/^(the|with|from|for|and|into|over|via|using|towards?)$/i.test(w)) ??
    'paper';
  return `${ascii(lastName(paper.authors[0] ?? 'anonymous'))}${paper.year}${ascii(word)}`;
}

/** What identifies a work: two entries citing it must give the same record. */
export const workId = (paper: PaperData): string => `${ascii(paper.title)}:${paper.year}`;

/** The fields that make a work's record, in a fixed order: all but the entry's own chapter. */
export function workRecord(paper: PaperData): string {
  const record: Partial<PaperData> = { ...paper };
  delete record.chapter;
  return JSON.stringify(record, Object.keys(record).sort());
}

/**
 * One key per work across the collection: the base key, with a, b, … appended (in order of
 * title) when different works share it. `papers` may list a work more than once.
 */
export function citationKeys(papers: readonly PaperData[]): Map<string, string> {
  const byBase = new Map<string, Set<string>>();
  const titles = new Map<string, string>();
  for (const paper of papers) {
    const id = workId(paper);
    titles.set(id, paper.title);
    const base = citationKey(paper);
    if (!byBase.has(base)) byBase.set(base, new Set());
    byBase.get(base)?.add(id);
  }
  const keys = new Map<string, string>();
  for (const [base, ids] of byBase) {
    const sorted = [...ids].sort((a, b) => (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b) || a.localeCompare(b));
    sorted.forEach((id, i) => keys.set(id, sorted.length === 1 ? base : `${base}${String.fromCharCode(97 + i)}`));
  }
  return keys;
}

/**
 * One name as BibTeX reads it: "First Last" as written, and a suffix moved where BibTeX looks
 * for it ("Gilbert Bassett Jr." → "Bassett, Jr., Gilbert"), or it would take "Jr." for the
 * last name.
 */
export function bibtexName(name: string): string {
  const m = /^(.*\S)\s+(\S+),?\s+(Jr\.|Sr\.|II|III|IV)$/.exec(name.trim());
  return m ? `${texText(m[2] ?? '')}, ${m[3] ?? ''}, ${texText(m[1] ?? '')}` : texText(name);
}

/** "Ashish Vaswani and Noam Shazeer": BibTeX's name list. */
const names = (list: readonly string[]) => list.map(bibtexName).join(' and ');

/** The BibTeX entry of a work, under `key` (from {@link citationKeys}; the base key by default). */
export function createBibtex(paper: PaperData, key = citationKey(paper)): string {
  const fields: [string, string | undefined][] = [
    ['author', names(paper.authors)],
    // Double braces keep the title's capitals, as printed.
    ['title', `{${texText(paper.title)}}`],
    ['journal', paper.journal && texText(paper.journal)],
    ['booktitle', paper.booktitle && texText(paper.booktitle)],
    ['editor', paper.editors && names(paper.editors)],
    ['series', paper.series && texText(paper.series)],
    ['volume', paper.volume && texText(paper.volume)],
    ['number', paper.number && texText(paper.number)],
    ['pages', paper.pages],
    ['edition', paper.edition && texText(paper.edition)],
    ['institution', paper.institution && texText(paper.institution)],
    // plainnat prints howpublished for @misc, and ignores eprint: the arXiv id must be in text.
    [
      'howpublished',
      paper.howpublished
        ? texText(paper.howpublished)
        : paper.type === 'misc' && paper.arxiv
          ? `arXiv preprint arXiv:${paper.arxiv}`
          : undefined,
    ],
    ['publisher', paper.publisher && texText(paper.publisher)],
    ['address', paper.address && texText(paper.address)],
    ['year', String(paper.year)],
    ['note', paper.note && texText(paper.note)],
    // plainnat typesets these with \doi and \url (the url package): verbatim, never escaped.
    ['doi', paper.doi],
    ['eprint', paper.arxiv],
    ['archiveprefix', paper.arxiv && 'arXiv'],
    ['url', paper.url],
  ];
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
  const width = Math.max(...present.map(([name]) => name.length));
  const body = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@${paper.type}{${key},\n${body}\n}`;
}

/**
 * Every work that `papers` cite, once, under its collection-wide key, sorted by key: the
 * site-wide bibliography (/equations.bib), and what the LaTeX tests compile.
 */
export function bibliography(papers: readonly PaperData[]): { key: string; bibtex: string }[] {
  const keys = citationKeys(papers);
  const works = new Map<string, PaperData>();
  for (const paper of papers) {
    const key = keys.get(workId(paper));
    if (key && !works.has(key)) works.set(key, paper);
  }
  return [...works].sort(([a], [b]) => a.localeCompare(b)).map(([key, paper]) => ({ key, bibtex: createBibtex(paper, key) }));
}

/**
 * The reference as a reader sees it under "Reference": venue, volume(number), pages, publisher,
 * e.g. "Neural Computation 9(8), 1735–1780" or "MIT Press, second edition".
 */
export function venueText(paper: PaperData): string {
  const pages = paper.pages?.replace('--', '–');
  const issue = paper.volume ? `${paper.volume}${paper.number ? `(${paper.number})` : ''}` : paper.number ? `no. ${paper.number}` : '';
  const parts: string[] = [];
  switch (paper.type) {
    case 'article':
      parts.push([paper.journal, issue].filter(Boolean).join(' '));
      break;
    case 'inproceedings':
    case 'incollection':
      parts.push(`In ${paper.booktitle ?? ''}${paper.editors ? ` (eds. ${paper.editors.join(', ')})` : ''}`);
      if (paper.series) parts.push(`${paper.series}${paper.volume ? ` ${paper.volume}` : ''}`);
      else if (issue) parts.push(`vol. ${issue}`);
      if (paper.publisher) parts.push(paper.publisher);
      break;
    case 'book':
      parts.push(paper.publisher ?? '');
      if (paper.edition) parts.push(`${paper.edition.toLowerCase()} edition`);
      if (paper.chapter) parts.push(`chapter ${paper.chapter}`);
      break;
    case 'techreport':
      parts.push(`Technical report${paper.number ? ` ${paper.number}` : ''}, ${paper.institution ?? ''}`);
      break;
    case 'misc':
      parts.push(paper.howpublished ?? `arXiv preprint arXiv:${paper.arxiv ?? ''}`);
      break;
  }
  if (pages) parts.push(/^\d+$|^[A-Za-z]\d+$/.test(pages) ? `article ${pages}` : pages);
  if (paper.note) parts.push(paper.note);
  return parts.filter(Boolean).join(', ');
}
