import type { PaperData } from './schema';

/**
 * BibTeX for an entry's reference, for "Copy the citation". The entry type follows the venue:
 * conference and workshop proceedings → @inproceedings, books → @book, journals → @article,
 * arXiv-only or no venue → @misc with the arXiv eprint fields.
 */
const PROCEEDINGS =
  /proceedings|conference|workshop|symposium|neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|aaai|ijcai|aistats|interspeech|icassp|bmvc|kdd|sigir|colt|uai|trec/i;
const BOOK = /\b(press|springer|wiley|book|publishers?|edition|o'reilly|elsevier|chapman|crc|mit press)\b/i;

/** Escapes the characters that are special in BibTeX values. */
export function escapeBibtex(value: string): string {
  return value
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}');
}

/** A citation key like `vaswani2017attention`. */
export function citationKey(paper: PaperData): string {
  const last = (paper.authors[0] ?? 'anonymous').trim().split(/\s+/).at(-1) ?? 'anonymous';
  const word =
    paper.title.split(/\s+/).find((w) => w.length > 3 && !/^(the|with|from|for|and|into|over|via|using|towards?)$/i.test(w)) ?? 'paper';
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  return `${ascii(last)}${paper.year}${ascii(word)}`;
}

export function entryType(paper: PaperData): 'inproceedings' | 'book' | 'article' | 'misc' {
  const venue = paper.venue ?? '';
  if (PROCEEDINGS.test(venue)) return 'inproceedings';
  if (BOOK.test(venue)) return 'book';
  if (venue && !/arxiv/i.test(venue)) return 'article';
  return 'misc';
}

export function createBibtex(paper: PaperData): string {
  const type = entryType(paper);
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(paper.title)}}`],
    ['author', escapeBibtex(paper.authors.join(' and '))],
    ['year', String(paper.year)],
  ];
  if (paper.venue && type === 'inproceedings') fields.push(['booktitle', escapeBibtex(paper.venue)]);
  if (paper.venue && type === 'article') fields.push(['journal', escapeBibtex(paper.venue)]);
  if (paper.venue && type === 'book') fields.push(['publisher', escapeBibtex(paper.venue)]);
  if (paper.doi) fields.push(['doi', escapeBibtex(paper.doi)]);
  if (paper.arxiv) fields.push(['eprint', paper.arxiv], ['archiveprefix', 'arXiv']);
  fields.push(['url', paper.url]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@${type}{${citationKey(paper)},\n${body}\n}`;
}
