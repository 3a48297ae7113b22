import { z } from 'astro/zod';
// With its extension, so Node scripts (npm run new-entry) can import the schema too.
import { CATEGORY_IDS } from './categories.ts';

/** Entry ids are file names: lowercase words joined by hyphens. */
export const ENTRY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const plainText = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .refine((s) => !/[<>]/.test(s), `${what} is plain text: no HTML tags`)
    .refine((s) => !s.includes('$'), `${what} is plain text: no math (put formulas in the body)`);

/** A name in a CJK language: plain text in that script, at most 30 characters. */
const cjkName = (what: string, script: RegExp) =>
  plainText(what)
    .pipe(z.string().max(30, `${what} is a name of at most 30 characters`))
    .refine((s) => script.test(s), `${what} must be written in that language's script`);

/** BibTeX entry types a reference may have, and the fields each needs beyond title, authors and year. */
export const PAPER_TYPES = {
  article: { requires: ['journal'], label: 'a journal article' },
  inproceedings: { requires: ['booktitle'], label: 'a paper in conference or workshop proceedings' },
  incollection: { requires: ['booktitle', 'publisher'], label: 'a chapter in an edited book' },
  book: { requires: ['publisher'], label: 'a book' },
  techreport: { requires: ['institution'], label: 'a technical report' },
  misc: { requires: [], label: 'an arXiv preprint (arxiv) or another document (howpublished)' },
} as const;
export type PaperType = keyof typeof PAPER_TYPES;
const PAPER_TYPE_IDS = Object.keys(PAPER_TYPES) as [PaperType, ...PaperType[]];

/** Fields that only some entry types use; elsewhere they are a mistake. */
const PAPER_FIELD_TYPES: Record<string, readonly PaperType[]> = {
  journal: ['article'],
  booktitle: ['inproceedings', 'incollection'],
  editors: ['incollection', 'inproceedings'],
  edition: ['book'],
  chapter: ['book'],
  institution: ['techreport'],
  howpublished: ['misc'],
  series: ['incollection', 'inproceedings', 'book'],
};

/** A volume, issue or report number: digits as YAML reads them, or text such as "Series B". */
const bibNumber = (what: string) =>
  z.union([z.number().int().positive(), plainText(what)], { error: `${what} is a number or short text, e.g. 9` }).transform(String);

/**
 * The paper (or standard reference) that introduced or defines the equation, with the fields
 * BibTeX needs for its type, so the citation compiles as it would in a paper.
 */
export const paperSchema = z
  .strictObject({
    /** BibTeX entry type: article, inproceedings, incollection, book, techreport or misc (arXiv only). */
    type: z.enum(PAPER_TYPE_IDS, {
      error: (issue) => `paper.type ${JSON.stringify(issue.input)} is not valid; use one of: ${PAPER_TYPE_IDS.join(', ')}`,
    }),
    /** Title as printed, e.g. "Attention Is All You Need". */
    title: plainText('paper.title'),
    /** Authors in citation order, "First Last" each, e.g. ["Ashish Vaswani", "Noam Shazeer"]. */
    authors: z.array(plainText('paper.authors[]')).min(1, 'paper.authors needs at least one author'),
    /** Year of publication, e.g. 2017. */
    year: z.number({ error: 'paper.year must be a number, e.g. 2017' }).int().min(1700).max(2100),
    /** A stable URL for the paper: the arXiv abstract page or the DOI resolver where one exists. */
    url: z.url({ protocol: /^https?$/, error: 'paper.url must be an http(s) URL' }),
    /** Journal name for an article, in full: "Neural Computation". */
    journal: plainText('paper.journal').optional(),
    /** Proceedings or book title for inproceedings and incollection, in full. */
    booktitle: plainText('paper.booktitle').optional(),
    /** Editors of an edited book, "First Last" each. */
    editors: z.array(plainText('paper.editors[]')).min(1).optional(),
    volume: bibNumber('paper.volume').optional(),
    /** Issue number (or report number). */
    number: bibNumber('paper.number').optional(),
    /** Pages as "first--last" (two hyphens) or one article number, e.g. "1735--1780". */
    pages: z
      .union([z.number().int().positive().transform(String), z.string()])
      .pipe(
        z
          .string()
          .regex(/^[A-Za-z]?\d+(--[A-Za-z]?\d+)?$/, 'paper.pages is "first--last" with two hyphens (e.g. "1735--1780") or one number'),
      )
      .optional(),
    /** Publisher of a book or edited book, e.g. "MIT Press". */
    publisher: plainText('paper.publisher').optional(),
    /** The publisher's city, e.g. "Cambridge, MA". */
    address: plainText('paper.address').optional(),
    /** Edition of a book, as BibTeX wants it: "Second". */
    edition: plainText('paper.edition').optional(),
    /**
     * The chapter of a book this entry draws on, e.g. 3: shown with the reference, and not part
     * of the BibTeX (entries citing other chapters of the book cite the same work; a paper
     * gives the chapter at the citation, \citep[chapter 3]{goodfellow2016deep}).
     */
    chapter: bibNumber('paper.chapter').optional(),
    /** Book series, e.g. "Lecture Notes in Computer Science". */
    series: plainText('paper.series').optional(),
    /** How a document that is neither paper nor book was published, e.g. "Lecture slides, Coursera". */
    howpublished: plainText('paper.howpublished').optional(),
    /** Institution that issued a technical report. */
    institution: plainText('paper.institution').optional(),
    /** arXiv identifier without prefix, e.g. "1706.03762". */
    arxiv: z
      .string({
        error: 'paper.arxiv must be a quoted string like "1706.03762" (unquoted, YAML reads it as a number and drops trailing zeros)',
      })
      .regex(
        /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/,
        'paper.arxiv must be a quoted string like "1706.03762" (unquoted, YAML reads it as a number and drops trailing zeros)',
      )
      .optional(),
    /** DOI without resolver prefix, e.g. "10.1162/neco.1997.9.8.1735". */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'paper.doi must look like 10.1162/neco.1997.9.8.1735 (no https://doi.org/ prefix)')
      .optional(),
    /** A short remark printed with the reference, e.g. "Reprinted in Sankhya A 80, 2018". */
    note: plainText('paper.note').optional(),
  })
  .superRefine((paper, ctx) => {
    const rule = PAPER_TYPES[paper.type];
    for (const field of rule.requires) {
      if (paper[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `paper.${field} is required for paper.type ${paper.type} (${rule.label})` });
    }
    if (paper.type === 'misc' && paper.arxiv === undefined && paper.howpublished === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['arxiv'],
        message: 'paper.type misc needs paper.arxiv (a preprint) or paper.howpublished (slides, notes …)',
      });
    for (const [field, types] of Object.entries(PAPER_FIELD_TYPES)) {
      if (paper[field as keyof typeof paper] !== undefined && !types.includes(paper.type))
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `paper.${field} is not used by paper.type ${paper.type}; it belongs to ${types.join(', ')}`,
        });
    }
  });

/**
 * Frontmatter of one equation entry (`content/equations/<category>/<id>.md`).
 * The entry id is the file name and never appears here.
 */
export const equationSchema = z.strictObject({
  /** Display name, e.g. "Scaled dot-product attention". */
  title: plainText('title').pipe(z.string().max(80, 'title must be at most 80 characters')),
  /** One of the ids in src/lib/categories.ts. */
  category: z.enum(CATEGORY_IDS, {
    error: (issue) => `category ${JSON.stringify(issue.input)} is not valid; use one of: ${CATEGORY_IDS.join(', ')}`,
  }),
  /** One sentence of plain text saying what the equation computes, e.g. "Turns a vector of logits into a probability distribution." */
  summary: plainText('summary')
    .pipe(z.string().max(240, 'summary must be one sentence of at most 240 characters'))
    .refine((s) => /[.!?]$/.test(s), 'summary must be a full sentence ending with a period'),
  /** Other names and abbreviations people search for, e.g. ["log loss", "BCE"]. Default []. */
  aliases: z.array(plainText('aliases[]')).default([]),
  /**
   * What people type when they describe the equation instead of naming it: 2 to 8 lowercase
   * phrases of 2 to 10 words, e.g. ["penalty that makes weights sparse", "shrink coefficients
   * to exactly zero"]. Search weighs them after names; they are not shown on the page.
   */
  describes: z
    .array(
      plainText('describes[]')
        .pipe(z.string().max(80, 'each describes[] phrase is at most 80 characters'))
        .refine((s) => s === s.toLowerCase() || /[A-Z]{2}/.test(s), 'describes[] phrases are lowercase (acronyms may stay upper case)')
        .refine((s) => !/[.!?;]$/.test(s), 'describes[] phrases are search phrases, not sentences: no final punctuation')
        .refine((s) => s.split(/\s+/).length >= 2 && s.split(/\s+/).length <= 10, 'each describes[] phrase has 2 to 10 words'),
    )
    .max(8, 'describes has at most 8 phrases')
    .default([]),
  /**
   * Standard names in other languages, for readers who search in them, e.g.
   * `{ zh: ["交叉熵"] }`. Only established translations (textbooks, Wikipedia, course notes).
   */
  translations: z
    .strictObject({
      zh: z.array(cjkName('translations.zh[]', /\p{Script=Han}/u)).optional(),
      ja: z.array(cjkName('translations.ja[]', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u)).optional(),
      ko: z.array(cjkName('translations.ko[]', /\p{Script=Hangul}/u)).optional(),
    })
    .default({}),
  /** Free keywords, e.g. ["classification"]. Default []. */
  tags: z.array(plainText('tags[]')).default([]),
  /** Where the equation comes from; optional for folklore definitions. */
  paper: paperSchema.optional(),
  /**
   * Why the entry has no numerical check, for readers: one sentence, e.g. "An expectation over
   * the data distribution, so there is no finite formula to evaluate.". Every entry has either
   * a check (src/verification) or this reason, never both; the build fails otherwise.
   */
  unverified: plainText('unverified')
    .pipe(
      z
        .string()
        .min(20, 'unverified must say why in a sentence of 20 to 160 characters')
        .max(160, 'unverified must say why in a sentence of 20 to 160 characters'),
    )
    .refine((s) => /[.!?]$/.test(s), 'unverified must be a full sentence ending with a period')
    .optional(),
  /** Ids of related entries (file names without .md). A dangling id fails the build. Default []. */
  related: z.array(z.string().regex(ENTRY_ID_PATTERN, 'related ids are file names like "layer-normalization"')).default([]),
});

export type EquationData = z.output<typeof equationSchema>;
export type PaperData = z.output<typeof paperSchema>;
