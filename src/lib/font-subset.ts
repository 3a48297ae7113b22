/**
 * The pure part of subsetting KaTeX's fonts at build time (see src/integrations/katex-fonts.ts):
 * which characters each KaTeX font actually draws on the built site, which files are KaTeX
 * fonts, and the CSS rewrite that leaves only the woff2 source in each KaTeX @font-face.
 *
 * Fonts were most of an entry page's first-visit weight: KaTeX ships 20 faces with every
 * glyph of Latin, Greek and its symbols, in three formats. Every browser this site supports
 * reads woff2, and each face needs only the characters the site typesets in that face.
 *
 * Which face draws a character is decided by CSS, so this module simulates the part of the
 * cascade that matters: the font-family, font-weight and font-style of every text node inside
 * `.katex-html`, from the built stylesheet's rules and KaTeX's markup, and then the browser's
 * @font-face matching. The site's own text (prose, headings, code) is set in system fonts
 * (site.css), and the MathML copy (`.katex-mathml`) is clipped to 1 px for screen readers,
 * so only `.katex-html` and the `content:` KaTeX's CSS inserts are drawn with KaTeX's fonts.
 * Anything this simulation cannot decide (a font rule behind a pseudo-class, an attribute
 * selector or an @media query that could apply to KaTeX's markup) throws instead of guessing.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import subsetFont from 'subset-font';

export type FontFormat = 'woff2' | 'woff' | 'ttf';

/** Vite's copy of a KaTeX font: `KaTeX_Main-Regular.B22Nviop.woff2` (name, hash, format). */
const KATEX_FONT = /^KaTeX_[A-Za-z0-9]+-[A-Za-z0-9]+\.[\w-]+\.(woff2|woff|ttf)$/;

/** The format of a KaTeX font file by its base name, or undefined for any other file. */
export function katexFontFormat(fileName: string): FontFormat | undefined {
  return KATEX_FONT.exec(fileName)?.[1] as FontFormat | undefined;
}

/** The distinct code points of the texts, sorted, without control characters. */
export function codePoints(texts: Iterable<string>): number[] {
  const codes = new Set<number>();
  for (const text of texts) for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  return [...codes].filter((c) => c >= 0x20 && !(c >= 0x7f && c < 0xa0)).sort((a, b) => a - b);
}

/* ------------------------------------------------------------------------------------------ */
/* CSS: a small parser for the built stylesheet                                               */
/* ------------------------------------------------------------------------------------------ */

/** Splits at top-level occurrences of `separator` (not inside quotes, parentheses or brackets). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Splits a CSS `src` value at top-level commas (not inside url(), format() or quotes). */
function splitSources(value: string): string[] {
  return splitTopLevel(value, ',');
}

function urlOf(source: string): string {
  return /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(source)?.[1] ?? '';
}

/** The base name of a URL's path: `/_astro/KaTeX_Main-Regular.B22Nviop.woff2?x` → `KaTeX_Main-Regular.B22Nviop.woff2`. */
export function fileNameOf(url: string): string {
  return url.split(/[?#]/)[0]?.split('/').pop() ?? '';
}

/**
 * Rewrites every @font-face whose `src` names a KaTeX font so it lists only the woff2 source.
 * Other faces are left alone. Throws if a KaTeX face has no woff2 source, since deleting its
 * woff/ttf files would then leave it with nothing to load.
 */
export function keepOnlyWoff2(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (face) =>
    face.replace(/(\bsrc\s*:\s*)([^;}]*)/, (whole, prop: string, value: string) => {
      const sources = splitSources(value);
      const formatOf = (s: string) => katexFontFormat(fileNameOf(urlOf(s)));
      if (!sources.some((s) => formatOf(s))) return whole;
      const kept = sources.filter((s) => formatOf(s) !== 'woff' && formatOf(s) !== 'ttf');
      if (!kept.some((s) => formatOf(s) === 'woff2')) throw new Error(`A KaTeX @font-face has no woff2 source: ${face}`);
      return prop + kept.join(',');
    }),
  );
}

interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

function parseDeclarations(body: string): Declaration[] {
  return splitTopLevel(body, ';').flatMap((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) return [];
    const raw = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(raw);
    return [{ property: part.slice(0, colon).trim().toLowerCase(), value: raw.replace(/!\s*important\s*$/i, '').trim(), important }];
  });
}

/** A compound selector: `span.mord.mathnormal`, `.delim-size1`, `a[href]:after`. */
interface Compound {
  type: string | undefined;
  classes: string[];
  ids: string[];
  /** `:root`, the one pseudo-class this matcher decides. */
  root: boolean;
  /** Attribute selectors and other pseudo-classes: the matcher cannot decide them. */
  undecidable: string[];
  pseudoElement: string | undefined;
}

type Combinator = ' ' | '>' | '+' | '~';

/** A complex selector, subject last: `.katex .delimsizing.mult .delim-size1>span`. */
export interface Selector {
  text: string;
  compounds: Compound[];
  /** combinators[i] joins compounds[i] and compounds[i + 1]. */
  combinators: Combinator[];
  specificity: [number, number, number];
  pseudoElement: string | undefined;
}

const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

/** Parses one complex selector; anything it does not understand becomes undecidable, never ignored. */
export function parseSelector(text: string): Selector {
  const compounds: Compound[] = [];
  const combinators: Combinator[] = [];
  const fresh = (): Compound => ({ type: undefined, classes: [], ids: [], root: false, undecidable: [], pseudoElement: undefined });
  let current = fresh();
  let started = false;
  let pending: Combinator | undefined;
  const ident = /^-?(?:[_a-zA-Z\u00a0-\uffff]|\\.)(?:[-\w\u00a0-\uffff]|\\.)*/;
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  let rest = text.trim();
  const push = () => {
    if (!started) throw new Error(`Cannot parse the selector ${JSON.stringify(text)}`);
    compounds.push(current);
    current = fresh();
    started = false;
  };
  while (rest !== '') {
    const space = /^\s*([>+~])\s*|^\s+/.exec(rest);
    if (space) {
      push();
      pending = (space[1] as Combinator | undefined) ?? ' ';
      combinators.push(pending);
      rest = rest.slice(space[0].length);
      continue;
    }
    started = true;
    let match: RegExpExecArray | null;
    if (rest.startsWith('*')) {
      rest = rest.slice(1);
    } else if ((match = ident.exec(rest))) {
      current.type = unescape(match[0]).toLowerCase();
      rest = rest.slice(match[0].length);
    } else if (rest.startsWith('.') && (match = ident.exec(rest.slice(1)))) {
      current.classes.push(unescape(match[0]));
      rest = rest.slice(1 + match[0].length);
    } else if (rest.startsWith('#') && (match = ident.exec(rest.slice(1)))) {
      current.ids.push(unescape(match[0]));
      rest = rest.slice(1 + match[0].length);
    } else if ((match = /^\[[^\]]*\]/.exec(rest))) {
      current.undecidable.push(match[0]);
      rest = rest.slice(match[0].length);
    } else if ((match = /^(::?)(-?[\w-]+)(\((?:[^()]|\([^()]*\))*\))?/.exec(rest))) {
      const [whole, colons = '', name = ''] = match;
      const lower = name.toLowerCase();
      if (colons === '::' || LEGACY_PSEUDO_ELEMENTS.has(lower)) current.pseudoElement = lower;
      else if (lower === 'root' && match[3] === undefined) current.root = true;
      else current.undecidable.push(whole);
      rest = rest.slice(whole.length);
    } else {
      throw new Error(`Cannot parse the selector ${JSON.stringify(text)} at ${JSON.stringify(rest)}`);
    }
  }
  push();
  const subject = compounds.at(-1);
  if (compounds.slice(0, -1).some((c) => c.pseudoElement !== undefined)) throw new Error(`A pseudo-element before the subject: ${text}`);
  const specificity: [number, number, number] = [0, 0, 0];
  for (const c of compounds) {
    specificity[0] += c.ids.length;
    specificity[1] += c.classes.length + c.undecidable.length + (c.root ? 1 : 0);
    specificity[2] += (c.type !== undefined ? 1 : 0) + (c.pseudoElement !== undefined ? 1 : 0);
  }
  return { text: text.trim(), compounds, combinators, specificity, pseudoElement: subject?.pseudoElement };
}

export type FontStyle = 'normal' | 'italic' | 'oblique';

/** A font property as a rule declares it: a value, or relative to the parent's (bolder, lighter, inherit). */
type WeightValue = number | 'bolder' | 'lighter' | 'inherit';
type StyleValue = FontStyle | 'inherit';
type FamilyValue = string[] | 'inherit';

interface FontDeclarations {
  family?: FamilyValue;
  weight?: WeightValue;
  style?: StyleValue;
  /** The characters a `content:` declaration inserts. */
  content?: string;
}

/** A style rule that sets a font property or inserts content. */
export interface FontRule {
  selector: Selector;
  declarations: FontDeclarations;
  important: FontDeclarations;
  /** Source order across the stylesheet: later rules win ties. */
  order: number;
  /** Inside @media, @supports, @layer…: whether it applies cannot be decided here. */
  conditional: boolean;
}

/** An @font-face: what it is selected by, and the font file it loads. */
export interface FontFace {
  family: string;
  weight: number;
  style: FontStyle;
  /** The URL of its woff2 source (or its first source if it has none). */
  url: string;
}

export interface FontStylesheet {
  faces: FontFace[];
  rules: FontRule[];
}

const CSS_WIDE = new Set(['inherit', 'unset', 'initial', 'revert', 'revert-layer']);

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/s.test(trimmed) ? trimmed.slice(1, -1).replace(/\\(.)/g, '$1') : trimmed.replace(/\s+/g, ' ');
}

function parseFamily(value: string): FamilyValue {
  if (CSS_WIDE.has(value.toLowerCase())) return cssWide(value);
  return splitTopLevel(value, ',').map(unquote);
}

/** `inherit` and `unset` of an inherited property both mean the parent's value; the others are not supported. */
function cssWide(value: string): 'inherit' {
  const keyword = value.toLowerCase();
  if (keyword === 'inherit' || keyword === 'unset') return 'inherit';
  throw new Error(`Unsupported font value ${value}`);
}

function parseWeight(value: string): WeightValue {
  const v = value.trim().toLowerCase();
  if (CSS_WIDE.has(v)) return cssWide(v);
  if (v === 'normal') return 400;
  if (v === 'bold') return 700;
  if (v === 'bolder' || v === 'lighter') return v;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  throw new Error(`Unsupported font-weight ${value}`);
}

function parseStyle(value: string): StyleValue {
  const v = value.trim().toLowerCase();
  if (CSS_WIDE.has(v)) return cssWide(v);
  if (v === 'normal' || v === 'italic') return v;
  if (v.startsWith('oblique')) return 'oblique';
  throw new Error(`Unsupported font-style ${value}`);
}

const FONT_SIZE = /^(?:[\d.]+(?:[a-z]+|%)|0|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|smaller|larger)(?:\/\S+)?$/i;

/** The `font` shorthand: `[style || variant || weight || stretch] size[/line-height] family`; omitted parts reset to normal. */
function parseFontShorthand(value: string): FontDeclarations {
  const v = value.trim();
  if (CSS_WIDE.has(v.toLowerCase())) {
    const inherit = cssWide(v);
    return { family: inherit, weight: inherit, style: inherit };
  }
  const tokens = v.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? [];
  const size = tokens.findIndex((t) => FONT_SIZE.test(t));
  if (size < 0) throw new Error(`Unsupported font shorthand (a system font?): ${value}`);
  let weight: WeightValue = 400;
  let style: StyleValue = 'normal';
  for (const token of tokens.slice(0, size)) {
    const t = token.toLowerCase();
    if (t === 'italic' || t === 'oblique') style = t;
    else if (t === 'bold' || t === 'bolder' || t === 'lighter' || /^\d+$/.test(t)) weight = parseWeight(t);
  }
  const family = parseFamily(tokens.slice(size + 1).join(' '));
  return { family, weight, style };
}

/** The characters a `content:` value inserts: strings unescaped, any decimal digit for a counter. */
function parseContent(value: string): string {
  let text = '';
  for (const part of value.match(/"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|[^\s"']+/g) ?? []) {
    if (/^["']/.test(part)) {
      text += part
        .slice(1, -1)
        .replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex?: string, char?: string) =>
          hex !== undefined ? String.fromCodePoint(Number.parseInt(hex, 16)) : (char ?? ''),
        );
    } else if (/^counters?\(/.test(part)) {
      // counter(name) prints a decimal number; counters(name, "sep") also prints its separator string.
      text += '0123456789' + (/"(.*)"|'(.*)'/.exec(part)?.slice(1).join('') ?? '');
    } else if (!/^(none|normal|\))$/i.test(part)) {
      text += `\u{fffd}${part}`; // attr(), quotes, url(): marked so a rule that matters can be refused
    }
  }
  return text;
}

function fontDeclarations(declarations: Declaration[], important: boolean): FontDeclarations {
  const out: FontDeclarations = {};
  for (const d of declarations) {
    if (d.important !== important) continue;
    if (d.property === 'font') Object.assign(out, parseFontShorthand(d.value));
    else if (d.property === 'font-family') out.family = parseFamily(d.value);
    else if (d.property === 'font-weight') out.weight = parseWeight(d.value);
    else if (d.property === 'font-style') out.style = parseStyle(d.value);
    else if (d.property === 'content') out.content = parseContent(d.value);
  }
  return out;
}

const isEmpty = (d: FontDeclarations) => Object.keys(d).length === 0;

function parseFace(body: string): FontFace {
  const declarations = parseDeclarations(body);
  const get = (p: string) => declarations.findLast((d) => d.property === p)?.value;
  if (get('unicode-range') !== undefined) throw new Error(`@font-face with a unicode-range is not supported: ${body}`);
  const weight = parseWeight(get('font-weight') ?? 'normal');
  const style = parseStyle(get('font-style') ?? 'normal');
  if (typeof weight !== 'number' || style === 'inherit') throw new Error(`Unsupported @font-face: ${body}`);
  const urls = splitSources(get('src') ?? '').map(urlOf);
  return {
    family: unquote(get('font-family') ?? ''),
    weight,
    style,
    url: urls.find((u) => fileNameOf(u).endsWith('.woff2')) ?? urls[0] ?? '',
  };
}

/**
 * The @font-face rules and the style rules that set font-family, font-weight, font-style
 * (or the `font` shorthand) or `content`, in source order. Rules nested in at-rules are kept
 * and marked conditional. Comments are removed first.
 */
export function parseFontStylesheet(css: string): FontStylesheet {
  const faces: FontFace[] = [];
  const rules: FontRule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let order = 0;
  const walk = (from: number, to: number, conditional: boolean) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      if (open < 0 || open >= to) return;
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@') && semi >= 0 && semi < open) {
        i = semi + 1; // @import, @charset, @layer a, b;
        continue;
      }
      let depth = 1;
      let j = open + 1;
      let quote = '';
      for (; j < to && depth > 0; j++) {
        const c = text[j];
        if (quote) {
          if (c === '\\') j++;
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
      }
      const body = text.slice(open + 1, j - 1);
      if (/^@font-face$/i.test(prelude)) faces.push(parseFace(body));
      else if (prelude.startsWith('@')) walk(open + 1, j - 1, true);
      else {
        const declarations = parseDeclarations(body);
        const normal = fontDeclarations(declarations, false);
        const important = fontDeclarations(declarations, true);
        if (!isEmpty(normal) || !isEmpty(important)) {
          for (const selector of splitTopLevel(prelude, ',')) {
            rules.push({ selector: parseSelector(selector), declarations: normal, important, order: order++, conditional });
          }
        }
      }
      i = j;
    }
  };
  walk(0, text.length, false);
  return { faces, rules };
}

/* ------------------------------------------------------------------------------------------ */
/* The cascade over KaTeX's markup                                                            */
/* ------------------------------------------------------------------------------------------ */

/** An element as selector matching and inheritance see it. */
export interface ElementNode {
  tag: string;
  classes: readonly string[];
  id?: string | undefined;
  /** The `style` attribute. */
  style?: string | undefined;
  parent?: ElementNode | undefined;
  /** The previous element sibling (for `+` and `~`). */
  previous?: ElementNode | undefined;
}

type Match = 'yes' | 'no' | 'maybe';

function matchCompound(compound: Compound, node: ElementNode): Match {
  if (compound.type !== undefined && compound.type !== node.tag) return 'no';
  if (!compound.classes.every((c) => node.classes.includes(c))) return 'no';
  if (!compound.ids.every((id) => node.id === id)) return 'no';
  if (compound.root && (node.parent !== undefined || node.tag !== 'html')) return 'no';
  return compound.undecidable.length > 0 ? 'maybe' : 'yes';
}

const or = (a: Match, b: Match): Match => (a === 'yes' || b === 'yes' ? 'yes' : a === 'maybe' || b === 'maybe' ? 'maybe' : 'no');
const and = (a: Match, b: Match): Match => (a === 'no' || b === 'no' ? 'no' : a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes');

/** Whether compounds[0..index] match with compounds[index] on `node` (three-valued: undecidable parts give 'maybe'). */
function matchFrom(selector: Selector, index: number, node: ElementNode): Match {
  const compound = selector.compounds[index];
  if (compound === undefined) return 'no';
  const here = matchCompound(compound, node);
  if (here === 'no' || index === 0) return here;
  const combinator = selector.combinators[index - 1];
  let rest: Match = 'no';
  if (combinator === '>') rest = node.parent ? matchFrom(selector, index - 1, node.parent) : 'no';
  else if (combinator === '+') rest = node.previous ? matchFrom(selector, index - 1, node.previous) : 'no';
  else {
    const next = (n: ElementNode) => (combinator === '~' ? n.previous : n.parent);
    for (let other = next(node); other && rest !== 'yes'; other = next(other)) rest = or(rest, matchFrom(selector, index - 1, other));
  }
  return and(here, rest);
}

/** Whether a selector's subject is this element (its pseudo-element aside): 'maybe' if that depends on what is not simulated. */
export function matchSelector(selector: Selector, node: ElementNode): Match {
  return matchFrom(selector, selector.compounds.length - 1, node);
}

/** The computed font properties that choose a face. */
export interface ComputedFont {
  family: readonly string[];
  weight: number;
  style: FontStyle;
}

/** CSS Fonts 4 relative weights: `bolder` and `lighter` of the parent's weight. */
function relativeWeight(value: WeightValue, parent: number): number {
  if (value === 'inherit') return parent;
  if (value === 'bolder') return parent < 350 ? 400 : parent < 550 ? 700 : 900;
  if (value === 'lighter') return parent < 550 ? 100 : parent < 750 ? 400 : 700;
  return value;
}

const declaresFont = (d: FontDeclarations) => d.family !== undefined || d.weight !== undefined || d.style !== undefined;
const contentOf = (rule: FontRule) => rule.important.content ?? rule.declarations.content;

/** Rules by a class (or `tag:` name, or `*`) their subject must have, so an element is tested only against rules it can match. */
function indexRules(rules: readonly FontRule[]): Map<string, FontRule[]> {
  const index = new Map<string, FontRule[]>();
  for (const rule of rules) {
    const subject = rule.selector.compounds.at(-1);
    const key = subject?.classes.at(-1) ?? (subject?.type !== undefined ? `tag:${subject.type}` : '*');
    index.set(key, [...(index.get(key) ?? []), rule]);
  }
  return index;
}

/**
 * The cascade over the built stylesheet for elements inside `.katex`. For an element (or its
 * ::before/::after), each of family, weight and style comes from the highest-precedence
 * matching declaration (important first, then the style attribute, then specificity, then the
 * later rule), and otherwise from the parent. KaTeX's `.katex` rule sets all three with the
 * `font` shorthand, so inheritance stops at `.katex` and the site's fonts above it do not matter.
 */
export class FontCascade {
  private readonly computed = new WeakMap<ElementNode, ComputedFont>();
  private readonly fontRules: Map<string, FontRule[]>;
  private readonly contentRules: Map<string, FontRule[]>;

  constructor(sheet: FontStylesheet) {
    this.fontRules = indexRules(sheet.rules.filter((r) => declaresFont(r.declarations) || declaresFont(r.important)));
    this.contentRules = indexRules(sheet.rules.filter((r) => contentOf(r) !== undefined && r.selector.pseudoElement !== undefined));
  }

  /** The rules of an index whose subject compound can match the element, each one deciding 'yes' or 'maybe'. */
  private matching(index: Map<string, FontRule[]>, node: ElementNode): FontRule[] {
    const keys = ['*', `tag:${node.tag}`, ...node.classes];
    const rules = keys.flatMap((k) => index.get(k) ?? []);
    return [...new Set(rules)].filter((rule) => {
      const match = matchSelector(rule.selector, node);
      if (match === 'no') return false;
      if (match === 'maybe' || rule.conditional) {
        throw new Error(
          `Cannot decide whether \`${rule.selector.text}\`${rule.conditional ? ' (inside an at-rule)' : ''} ` +
            `applies to <${node.tag} class="${node.classes.join(' ')}"> in KaTeX's math`,
        );
      }
      return true;
    });
  }

  /** The winning declarations of each property for the element (or one of its pseudo-elements). */
  private declared(node: ElementNode, pseudoElement: string | undefined): FontDeclarations {
    const candidates: { declarations: FontDeclarations; rank: number[] }[] = [];
    for (const rule of this.matching(this.fontRules, node)) {
      const pseudo = rule.selector.pseudoElement;
      // ::first-line and ::first-letter restyle part of the element's own text: not simulated.
      if (pseudoElement === undefined && (pseudo === 'first-line' || pseudo === 'first-letter')) {
        throw new Error(`\`${rule.selector.text}\` sets a font on part of KaTeX's math: not simulated`);
      }
      if (pseudo !== pseudoElement) continue;
      const [a, b, c] = rule.selector.specificity;
      candidates.push({ declarations: rule.declarations, rank: [0, 0, a, b, c, rule.order] });
      candidates.push({ declarations: rule.important, rank: [1, 0, a, b, c, rule.order] });
    }
    if (pseudoElement === undefined && node.style !== undefined) {
      const declarations = parseDeclarations(node.style);
      candidates.push({ declarations: fontDeclarations(declarations, false), rank: [0, 1, 0, 0, 0, 0] });
      candidates.push({ declarations: fontDeclarations(declarations, true), rank: [1, 1, 0, 0, 0, 0] });
    }
    candidates.sort((x, y) => {
      for (let i = 0; i < x.rank.length; i++) if (x.rank[i] !== y.rank[i]) return (x.rank[i] ?? 0) - (y.rank[i] ?? 0);
      return 0;
    });
    const out: FontDeclarations = {};
    for (const { declarations: d } of candidates) {
      if (d.family !== undefined) out.family = d.family;
      if (d.weight !== undefined) out.weight = d.weight;
      if (d.style !== undefined) out.style = d.style;
    }
    return out;
  }

  /** The computed font of an element inside `.katex`, or of its ::before / ::after. */
  fontOf(node: ElementNode, pseudoElement?: string): ComputedFont {
    const cached = pseudoElement === undefined ? this.computed.get(node) : undefined;
    if (cached) return cached;
    const own = this.declared(node, pseudoElement);
    let font: ComputedFont;
    if (pseudoElement !== undefined) {
      font = resolve(own, this.fontOf(node));
    } else if (node.classes.includes('katex')) {
      const { family, weight, style } = own;
      if (family === undefined || family === 'inherit' || typeof weight !== 'number' || style === undefined || style === 'inherit') {
        throw new Error('The .katex rule no longer sets font-family, font-weight and font-style (KaTeX’s `font:` shorthand)');
      }
      font = { family, weight, style };
    } else {
      if (!node.parent) throw new Error(`<${node.tag} class="${node.classes.join(' ')}"> is not inside a .katex element`);
      font = resolve(own, this.fontOf(node.parent));
    }
    if (pseudoElement === undefined) this.computed.set(node, font);
    return font;
  }

  /** What the `content:` rules matching the element insert, by pseudo-element, in the font of that pseudo-element. */
  inserted(node: ElementNode): { font: ComputedFont; text: string }[] {
    return this.matching(this.contentRules, node).flatMap((rule) => {
      const text = contentOf(rule) ?? '';
      if (text.includes('\u{fffd}')) throw new Error(`Cannot tell what \`${rule.selector.text}\` inserts in KaTeX's math`);
      return text === '' ? [] : [{ font: this.fontOf(node, rule.selector.pseudoElement), text }];
    });
  }
}

function resolve(own: FontDeclarations, parent: ComputedFont): ComputedFont {
  return {
    family: own.family === undefined || own.family === 'inherit' ? parent.family : own.family,
    weight: relativeWeight(own.weight ?? 'inherit', parent.weight),
    style: own.style === undefined || own.style === 'inherit' ? parent.style : own.style,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Font matching and the characters of each face                                              */
/* ------------------------------------------------------------------------------------------ */

const STYLE_ORDER: Record<FontStyle, FontStyle[]> = {
  italic: ['italic', 'oblique', 'normal'],
  oblique: ['oblique', 'italic', 'normal'],
  normal: ['normal', 'oblique', 'italic'],
};

/** CSS Fonts 4 §5.2 weight matching among the available weights. */
function nearestWeight(wanted: number, available: number[]): number | undefined {
  if (available.includes(wanted)) return wanted;
  const up = available.filter((w) => w > wanted).sort((a, b) => a - b);
  const down = available.filter((w) => w < wanted).sort((a, b) => b - a);
  if (wanted >= 400 && wanted <= 500) return up.find((w) => w <= 500) ?? down[0] ?? up[0];
  return wanted < 400 ? (down[0] ?? up[0]) : (up[0] ?? down[0]);
}

/**
 * The @font-face a browser uses for a computed font: the first family of the list that has
 * faces, then the nearest style (italic → oblique → normal, …), then the nearest weight. A
 * family without @font-face (Times New Roman, serif) is a system font: undefined. A weight or
 * style the family lacks is synthesised by the browser from the face matched here.
 */
export function matchFace(faces: readonly FontFace[], font: ComputedFont): FontFace | undefined {
  for (const family of font.family) {
    const ofFamily = faces.filter((f) => f.family.toLowerCase() === family.toLowerCase());
    if (ofFamily.length === 0) continue;
    const style = STYLE_ORDER[font.style].find((s) => ofFamily.some((f) => f.style === s));
    const ofStyle = ofFamily.filter((f) => f.style === style);
    const weight = nearestWeight(
      font.weight,
      ofStyle.map((f) => f.weight),
    );
    return ofStyle.findLast((f) => f.weight === weight);
  }
  return undefined;
}

/** Per face URL, the characters it draws, and the characters drawn in no web font at all. */
export interface FontCharacters {
  byFace: Map<string, Set<number>>;
  /** The faces the pages' math draws text in: the fonts a browser fetches for them. */
  drawn: Set<string>;
  /** Characters inside `.katex-html` whose font list has no @font-face (drawn in a system font). */
  systemFont: Set<number>;
}

/** Every character of a text as code points; ASCII whitespace, which CSS collapses to a space, as U+0020. */
function textCodes(text: string): number[] {
  return codePoints([text.replace(/[\t\n\f\r]/g, ' ')]);
}

type Parse5Node = DefaultTreeAdapterTypes.ChildNode;

/**
 * The characters each KaTeX face draws on the given pages (HTML documents or fragments):
 * every text node inside `.katex-html`, in the face the cascade gives it, and every
 * character the CSS inserts there with `content:`, in the face of its pseudo-element.
 * `content:` rules of `.katex` are also applied to the element path their selector names
 * (`.katex .eqn-num::before` → "(", ")" and the digits in KaTeX_Main), so an equation number
 * counts even before a page has one. Each face also keeps the space: a minimal valid font
 * for a face nothing uses (KaTeX's CSS can still select it), and harmless in the others.
 */
export function fontCharacters(pages: Iterable<string>, css: string): FontCharacters {
  const sheet = parseFontStylesheet(css);
  const cascade = new FontCascade(sheet);
  const byFace = new Map<string, Set<number>>(sheet.faces.map((f) => [f.url, new Set([0x20])]));
  const systemFont = new Set<number>();
  const drawn = new Set<string>();
  const faceOf = new Map<string, FontFace | undefined>();
  const add = (font: ComputedFont, codes: readonly number[], fromPage = true) => {
    const key = `${font.family.join(',')}|${font.weight}|${font.style}`;
    if (!faceOf.has(key)) faceOf.set(key, matchFace(sheet.faces, font));
    const face = faceOf.get(key);
    const set = (face && byFace.get(face.url)) ?? systemFont;
    for (const code of codes) set.add(code);
    if (face && fromPage && codes.length > 0) drawn.add(face.url);
  };

  // The element path each `.katex …::before/after { content: … }` rule names, as KaTeX would write it.
  for (const rule of sheet.rules) {
    const start = rule.selector.compounds.findIndex((c) => c.classes.includes('katex'));
    if (start < 0 || rule.selector.pseudoElement === undefined || !contentOf(rule)) continue;
    let node: ElementNode | undefined = { tag: 'html', classes: [] };
    for (const compound of rule.selector.compounds.slice(start)) {
      node = { tag: compound.type ?? 'span', classes: compound.classes, parent: node };
    }
    for (const { font, text } of cascade.inserted(node)) add(font, textCodes(text), false);
  }

  for (const html of pages) {
    if (!html.includes('katex-html')) continue;
    const visit = (children: readonly Parse5Node[], parent: ElementNode | undefined, inMath: boolean) => {
      let previous: ElementNode | undefined;
      for (const child of children) {
        if (child.nodeName === '#text' && inMath && parent && 'value' in child) add(cascade.fontOf(parent), textCodes(child.value));
        if (!('tagName' in child)) continue;
        const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
        const node: ElementNode = {
          tag: child.tagName,
          classes: attr('class')?.split(/\s+/).filter(Boolean) ?? [],
          id: attr('id'),
          style: attr('style'),
          parent,
          previous,
        };
        previous = node;
        const math = inMath || node.classes.includes('katex-html');
        if (math) for (const { font, text } of cascade.inserted(node)) add(font, textCodes(text));
        visit(child.childNodes, node, math);
      }
    };
    visit(parse(html).childNodes, undefined, false);
  }
  return { byFace, drawn, systemFont };
}

/**
 * A woff2 subset of a font to the given characters. HarfBuzz keeps the glyph metrics (hmtx),
 * the vertical metrics (hhea, OS/2) and the layout closure of the kept glyphs, so the advance
 * widths KaTeX's own metrics assume stay the same.
 *
 * Hinting (the glyphs' TrueType instructions, the fpgm/prep/cvt programs and the hdmx, LTSH
 * and VDMX tables) is dropped. It is about 1.8 kB per font plus a share of every glyph: the
 * five fonts /equations/softmax/ fetches measured 39,296 bytes hinted and 29,440 unhinted,
 * all 20 subsets 79,532 and 42,724. Instructions only snap outlines to the pixel grid when a
 * glyph is rasterised: outlines, advance widths and vertical metrics are unchanged (the unit
 * and dist tests compare them with KaTeX's originals), so which glyph is drawn and where
 * KaTeX places it cannot change. Browsers on macOS, iOS and Android ignore TrueType hinting;
 * on Windows and Linux small glyphs (sub- and superscripts) may render a little softer,
 * which is the trade for a quarter of an entry page's font bytes under the 60 kB goal.
 */
export async function subsetWoff2(font: Buffer, codes: readonly number[]): Promise<Buffer> {
  // noHinting is an option of subset-font 2.9 that its @types (2.3) do not list yet.
  const options = { targetFormat: 'woff2', noHinting: true } as Parameters<typeof subsetFont>[2];
  return subsetFont(font, String.fromCodePoint(...codes), options);
}
