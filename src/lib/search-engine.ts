import type { EntryParts } from './latex-blocks';
import type { EquationData } from './schema';
import { looksLikeMath, mathScore, mathTokens, withoutSubscripts } from './search-math';

/**
 * The site's own search over names, descriptions and formulas: a compact index
 * (`/search-index.json`, built from every entry) loaded on the first focus of a search box and
 * ranked in the page, so later keystrokes cost no request. Pagefind stays for the full text.
 *
 * Ranking, all in one score:
 * - names (title, aliases, translated names): exact, a prefix, or one or two typing errors
 *   away (allowed edits grow with the name's length), so "softmx" shows Softmax first;
 * - words: BM25 over the fields, weighted title > aliases > describes > summary > Where list,
 *   each query word matched exactly, as a prefix, or by a close spelling ("sigmod");
 * - formulas: the query and each entry's LaTeX read into one token stream (search-math.ts),
 *   scored by shared tokens and token pairs in order;
 * - Chinese, Japanese and Korean: by characters and character pairs of translated names.
 */

/** One entry as the search index holds it. */
export interface SearchDoc {
  id: string;
  title: string;
  category: string;
  summary: string;
  aliases: readonly string[];
  describes: readonly string[];
  /** Translated names, every language. */
  names: readonly string[];
  /** The Where list's text. */
  where: string;
  /** The display equations as math tokens (search-math.ts), space-separated. */
  math: string;
}

/** An entry's search document, from its frontmatter and the parts the loader read. */
export function searchDoc(id: string, data: EquationData, parts: Pick<EntryParts, 'display' | 'where'>, category: string): SearchDoc {
  return {
    id,
    title: data.title,
    category,
    summary: data.summary,
    aliases: data.aliases,
    describes: data.describes,
    names: Object.values(data.translations).flatMap((list) => list ?? []),
    where: parts.where.map((w) => w.text).join(' '),
    math: parts.display.map((latex) => mathTokens(latex).join(' ')).join(' '),
  };
}

/** `/search-index.json`: one array per entry, fields in {@link SearchDoc} order (arrays for lists). */
export type SearchIndexFile = { version: 1; docs: [string, string, string, string, string[], string[], string[], string, string][] };

export function packIndex(docs: readonly SearchDoc[]): SearchIndexFile {
  return {
    version: 1,
    docs: docs.map((d) => [d.id, d.title, d.category, d.summary, [...d.aliases], [...d.describes], [...d.names], d.where, d.math]),
  };
}

export function unpackIndex(file: SearchIndexFile): SearchDoc[] {
  return file.docs.map(([id, title, category, summary, aliases, describes, names, where, math]) => ({
    id,
    title,
    category,
    summary,
    aliases,
    describes,
    names,
    where,
    math,
  }));
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

type Field = 'title' | 'aliases' | 'names' | 'describes' | 'summary' | 'where' | 'category';
const FIELD_WEIGHTS: Record<Field, number> = { title: 6, aliases: 5, names: 5, describes: 3, summary: 1.5, where: 0.5, category: 1 };
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** Words that carry no meaning in a description ("the loss that …"). */
const STOPWORDS = new Set(
  'a an the of to for in on at by with and or is are be it its that this which what how when why from as into than then between two one over per vs versus do does my me i'.split(
    ' ',
  ),
);

/** A character of Chinese, Japanese or Korean: one is already a word. */
const CJK_CHARACTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]';
export const CJK = new RegExp(CJK_CHARACTER, 'u');
const CJK_ALL = new RegExp(CJK_CHARACTER, 'gu');

/** Plural and possessive endings, so "outliers" and "outlier" are one word. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lowercase words of a text, accents removed; a hyphenated word also counts joined ("crossentropy"). */
export function words(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '');
  const out: string[] = [];
  for (const m of plain.matchAll(/[a-z0-9]+(?:[-‐‑/][a-z0-9]+)*/g)) {
    const parts = m[0].split(/[-‐‑/]/);
    out.push(...parts.map(stem));
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/** Endings that make one word family: "penalize", "penalty"; "normalize", "normalization"; "scale", "scaled". */
const FAMILY_ENDINGS = new Set(
  ' e s es ed d ing ion ions ation ations ize ise ized ised izes ises izing ising ization isation ty ties al ally ly er ers ity y ies ive ence ance ment'.split(
    ' ',
  ),
);

/** True when two words share a stem of at least four letters and differ only by family endings. */
export function sameFamily(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && FAMILY_ENDINGS.has(a.slice(common)) && FAMILY_ENDINGS.has(b.slice(common));
}

/** A name reduced to letters and digits, for whole-name comparison: "Layer-Norm" → "layernorm". */
export const compact = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Edits a typed name may be away from a real one: none for short names, more for long ones. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : length < 13 ? 2 : 3;
}

/** Damerau–Levenshtein distance (adjacent swaps count as one edit), or `limit + 1` once it exceeds `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

interface Prepared {
  doc: SearchDoc;
  /** Term counts per field. */
  terms: Map<Field, Map<string, number>>;
  lengths: Record<Field, number>;
  /** Compact forms of the names: [form, tier] (0 title, 1 alias or translated name). */
  names: [string, number][];
  /** The same names as words: "kl divergence". */
  spaced: string[];
  math: string[];
  /** The formula tokens without subscripts. */
  mathBare: string[];
  /** Translated names, for CJK queries. */
  cjk: string[];
}

const K1 = 1.2;
const B = 0.6;

export class SearchEngine {
  readonly docs: readonly SearchDoc[];
  #prepared: Prepared[];
  /** Documents containing each term (any field). */
  #postings = new Map<string, number[]>();
  #vocabulary: string[];
  #average: Record<Field, number>;
  /** Multi-letter words of the entries' formulas (`max`, `softmax`, `tp`): how a query's letter runs are read. */
  #mathNames = new Set<string>();
  #mathDocs = new Map<string, number>();

  constructor(docs: readonly SearchDoc[]) {
    this.docs = docs;
    this.#prepared = docs.map((doc, index) => {
      const texts: Record<Field, string[]> = {
        title: [doc.title],
        aliases: [...doc.aliases],
        names: [...doc.names],
        describes: [...doc.describes],
        summary: [doc.summary],
        where: [doc.where],
        category: [doc.category],
      };
      const terms = new Map<Field, Map<string, number>>();
      const lengths = {} as Record<Field, number>;
      for (const field of FIELDS) {
        const counts = new Map<string, number>();
        const list = texts[field].flatMap(words);
        for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
        terms.set(field, counts);
        lengths[field] = list.length;
        for (const w of counts.keys()) {
          const posting = this.#postings.get(w);
          if (!posting) this.#postings.set(w, [index]);
          else if (posting.at(-1) !== index) posting.push(index);
        }
      }
      const math = doc.math.split(' ').filter(Boolean);
      for (const t of new Set(math)) {
        if (t.length > 1 && /^[a-z]+$/.test(t)) this.#mathNames.add(t);
        this.#mathDocs.set(t, (this.#mathDocs.get(t) ?? 0) + 1);
      }
      return {
        doc,
        terms,
        lengths,
        names: [
          [compact(doc.title), 0] as [string, number],
          ...[...doc.aliases, ...doc.names].map((n) => [compact(n), 1] as [string, number]),
        ],
        spaced: [doc.title, ...doc.aliases, ...doc.names].map((n) => words(n).join(' ')),
        math,
        mathBare: withoutSubscripts(math),
        cjk: doc.names.filter((n) => CJK.test(n)),
      };
    });
    this.#vocabulary = [...this.#postings.keys()];
    this.#average = Object.fromEntries(
      FIELDS.map((f) => [f, this.#prepared.reduce((sum, p) => sum + p.lengths[f], 0) / Math.max(1, this.#prepared.length)]),
    ) as Record<Field, number>;
  }

  /** Inverse document frequency of a term (BM25's, never negative). */
  #idf(term: string): number {
    const n = this.#postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.docs.length - n + 0.5) / (n + 0.5));
  }

  /**
   * The indexed words a query word stands for, with how much each counts: itself (1), words it
   * begins (0.8; only from 2 letters, and from 3 unless it is the word being typed), words of
   * its family (0.8: "penalize" for "penalty"), and close spellings (0.75 for one edit, 0.55
   * for two, by the word's length).
   */
  expand(word: string, last: boolean): Map<string, number> {
    const out = new Map<string, number>();
    if (this.#postings.has(word)) out.set(word, 1);
    const limit = allowedEdits(word.length);
    const prefixFrom = last ? 2 : 3;
    for (const v of this.#vocabulary) {
      if (v === word) continue;
      if (word.length >= prefixFrom && v.startsWith(word)) {
        out.set(v, Math.max(out.get(v) ?? 0, 0.8));
        continue;
      }
      if (sameFamily(word, v)) {
        out.set(v, Math.max(out.get(v) ?? 0, 0.8));
        continue;
      }
      if (limit === 0 || out.has(word) || Math.abs(v.length - word.length) > limit) continue;
      const d = boundedDistance(word, v, limit);
      if (d <= limit) out.set(v, Math.max(out.get(v) ?? 0, d === 1 ? 0.75 : 0.55));
    }
    return out;
  }

  /** Results for a query, best first. Empty for a query with nothing to match. */
  search(query: string, options: { category?: string; limit?: number } = {}): SearchHit[] {
    const q = query.slice(0, 200).trim();
    if (!q) return [];
    const scores = new Map<number, number>();
    const add = (i: number, s: number) => {
      if (s > 0) scores.set(i, (scores.get(i) ?? 0) + s);
    };

    const latin = q.replace(CJK_ALL, ' ');
    const cjk = (q.match(CJK_ALL) ?? []).join('');
    const isMath = looksLikeMath(latin);
    const all = words(isMath ? latin.replace(/\\[A-Za-z]+/g, ' ') : latin);
    const meaningful = all.filter((w) => !STOPWORDS.has(w));
    const terms = [...new Set(meaningful.length > 0 ? meaningful : all)];

    // Names: the whole query against each title, alias and translated name.
    const whole = compact(latin);
    const phrase = all.join(' ');
    if (whole.length >= 2 && !isMath) {
      this.#prepared.forEach((p, i) => {
        let best = 0;
        p.names.forEach(([name, tier], k) => {
          if (!name) return;
          // A name that begins with the query as whole words: "KL" → "KL divergence".
          const spaced = p.spaced[k] ?? '';
          if (name !== whole && spaced.startsWith(`${phrase} `))
            best = Math.max(best, (tier === 0 ? 45 : 38) + 10 * (whole.length / name.length));
          if (name === whole) best = Math.max(best, tier === 0 ? 100 : 90);
          else if (whole.length >= 3 && name.startsWith(whole))
            best = Math.max(best, (tier === 0 ? 40 : 30) + 10 * (whole.length / name.length));
          else {
            const limit = allowedEdits(Math.min(whole.length, name.length));
            if (limit > 0) {
              const d = boundedDistance(whole, name, limit);
              if (d <= limit) best = Math.max(best, (tier === 0 ? 60 : 55) - 10 * d);
            }
          }
        });
        add(i, best);
      });
    }

    // Words: BM25 over the fields, each term by its best expansion in the document.
    if (terms.length > 0) {
      const expansions = terms.map((t, k) => this.expand(t, k === terms.length - 1 && !/\s$/.test(query)));
      const text = new Map<number, { score: number; matched: number }>();
      expansions.forEach((expansion) => {
        const best = new Map<number, number>();
        for (const [term, weight] of expansion) {
          const idf = this.#idf(term);
          for (const i of this.#postings.get(term) ?? []) {
            const p = this.#prepared[i];
            if (!p) continue;
            let tf = 0;
            for (const f of FIELDS) {
              const n = p.terms.get(f)?.get(term) ?? 0;
              if (n > 0) tf += (FIELD_WEIGHTS[f] * n) / (1 - B + (B * p.lengths[f]) / Math.max(1, this.#average[f]));
            }
            const s = ((idf * tf * (K1 + 1)) / (tf + K1)) * weight;
            if (s > (best.get(i) ?? 0)) best.set(i, s);
          }
        }
        for (const [i, s] of best) {
          const t = text.get(i) ?? { score: 0, matched: 0 };
          text.set(i, { score: t.score + s, matched: t.matched + 1 });
        }
      });
      let top = 0;
      for (const [, t] of text) top = Math.max(top, t.score * (t.matched / terms.length) ** 2);
      for (const [i, t] of text) {
        const coverage = (t.matched / terms.length) ** 2;
        // A description matched whole, in order, is worth more than its words apart.
        const whole = terms.length >= 2 && this.#hasPhrase(i, phrase) ? 8 : 0;
        add(i, (top > 0 ? (20 * t.score * coverage) / top : 0) * (isMath ? 0.3 : 1) + whole);
      }
    }

    // Formulas.
    if (isMath) {
      const tokens = mathTokens(latin, this.#mathNames);
      if (tokens.length >= 2 || (tokens.length === 1 && (tokens[0]?.length ?? 0) > 1)) {
        const n = this.docs.length;
        const weight = (t: string) => Math.log(1 + n / (1 + (this.#mathDocs.get(t) ?? 0)));
        this.#prepared.forEach((p, i) => {
          const s = mathScore(tokens, p.math, weight, p.mathBare);
          // Shorter formulas that contain the query are closer to it.
          const focus = 0.85 + 0.15 * Math.min(1, (3 * tokens.length) / Math.max(1, p.math.length));
          if (s >= 0.5) add(i, 40 * s * focus);
        });
      }
    }

    // Chinese, Japanese, Korean: translated names by characters and character pairs.
    if (cjk) {
      const chars = Array.from(cjk);
      const pairs = chars.slice(0, -1).map((ch, k) => ch + (chars[k + 1] ?? ''));
      this.#prepared.forEach((p, i) => {
        let best = 0;
        for (const name of p.cjk) {
          if (name === cjk || compact(name) === compact(q)) best = Math.max(best, 100);
          else if (name.includes(cjk)) best = Math.max(best, 40 + 20 * (chars.length / Array.from(name).length));
          else {
            const share = chars.filter((ch) => name.includes(ch)).length / chars.length;
            const pairShare = pairs.length > 0 ? pairs.filter((pair) => name.includes(pair)).length / pairs.length : share;
            if (share >= 0.5) best = Math.max(best, 30 * (0.4 * share + 0.6 * pairShare));
          }
        }
        add(i, best);
      });
    }

    const ranked = [...scores]
      .map(([i, score]) => ({ doc: this.docs[i] as SearchDoc, score }))
      .filter((h) => !options.category || h.doc.category === options.category)
      .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
    const top = ranked[0]?.score ?? 0;
    const kept = ranked.filter((h) => h.score >= Math.max(3, 0.12 * top));
    return kept.slice(0, options.limit ?? kept.length);
  }

  #hasPhrase(i: number, phrase: string): boolean {
    const p = this.#prepared[i];
    if (!p || !phrase) return false;
    const doc = p.doc;
    return [doc.title, ...doc.aliases, ...doc.describes, doc.summary].some((text) => words(text).join(' ').includes(phrase));
  }

  /**
   * Names close to a query that found nothing, for "Did you mean": the nearest titles and
   * aliases within a few edits. Two only when they are equally near (genuinely ambiguous).
   */
  suggest(query: string): string[] {
    const q = compact(query);
    if (q.length < 3) return [];
    const limit = allowedEdits(q.length) + 1;
    let found: { name: string; d: number }[] = [];
    for (const doc of this.docs) {
      for (const name of [doc.title, ...doc.aliases]) {
        const d = boundedDistance(q, compact(name), limit);
        if (d <= limit) found.push({ name, d });
      }
    }
    found = found.sort((a, b) => a.d - b.d);
    const best = found[0]?.d;
    return [...new Set(found.filter((f) => f.d === best).map((f) => f.name))].slice(0, 2);
  }
}
