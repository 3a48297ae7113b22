import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import { editUrl, reportUrl } from '../../src/lib/repository';
import { VERIFIED_IDS } from '../../src/verification';
import { BASE, DIST } from '../helpers/dist';
import { readEntries } from '../helpers/entries';
import { exported } from '../helpers/exported';

/** Checks of the built site in dist/ (run after `npm run build`): one line per problem. */
const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(DIST, f));
const pages = new Map(htmlFiles.map((f) => [f, readFileSync(f, 'utf8')]));
const entries = readEntries();

/** Maps a site URL path (with base) to the file a static host would serve. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = [join(DIST, rest), join(DIST, rest, 'index.html')];
  return candidates.find((c) => existsSync(c) && (c.endsWith('.html') || !c.endsWith('/')) && !readdirSafe(c));
}
function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

describe('the built site', () => {
  it('has a page for every entry and every page is listed in the export', () => {
    expect(exported.count).toBe(entries.length);
    const missing = entries.filter((e) => !pages.has(join(DIST, 'equations', e.id, 'index.html'))).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('exports exactly the LaTeX of each $$ block, byte for byte', () => {
    const byId = new Map(exported.equations.map((e) => [e.id, e]));
    const mismatches = entries.filter((e) => JSON.stringify(byId.get(e.id)?.latex) !== JSON.stringify(displayLatex(e.body))).map((e) => e.file);
    expect(mismatches).toEqual([]);
    expect(exported.equations.every((e) => e.latex.length > 0)).toBe(true);
  });

  it('says on each entry page and in the export what was checked, from the verification specs', () => {
    const problems = exported.equations.flatMap((e) => {
      const html = pages.get(join(DIST, 'equations', e.id, 'index.html')) ?? '';
      const badge = html.includes('Numerically verified against a reference implementation');
      return [
        ...(html.includes('Compiles with pdfLaTeX + amsmath') ? [] : [`${e.id}: no pdfLaTeX badge`]),
        ...(e.verified === VERIFIED_IDS.has(e.id) ? [] : [`${e.id}: verified is ${String(e.verified)} in the export`]),
        ...(badge === e.verified ? [] : [`${e.id}: the page ${badge ? 'shows' : 'lacks'} the verified badge`]),
      ];
    });
    expect(problems).toEqual([]);
    expect(exported.verified).toBe(exported.equations.filter((e) => e.verified).length);
    expect(exported.verified).toBeGreaterThanOrEqual(90);
    const home = pages.get(join(DIST, 'index.html')) ?? '';
    expect(home).toMatch(new RegExp(`<dd[^>]*>${exported.verified}</dd>`));
  });

  it('links each entry page to its source file and to a pre-filled problem report', () => {
    const escape = (url: string) => url.replace(/&/g, '&amp;');
    const problems = entries.flatMap((e) => {
      const html = pages.get(join(DIST, 'equations', e.id, 'index.html')) ?? '';
      const url = exported.equations.find((x) => x.id === e.id)?.url ?? '';
      const title = String(e.frontmatter['title']);
      return [
        ...(html.includes(`href="${escape(editUrl(e.file))}"`) ? [] : [`${e.id}: no edit link to ${e.file}`]),
        ...(html.includes(`href="${escape(reportUrl({ id: e.id, title, url }))}"`) ? [] : [`${e.id}: no report link`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('ships no KaTeX error anywhere', () => {
    const broken = [...pages].filter(([, html]) => html.includes('katex-error')).map(([f]) => relative(DIST, f));
    expect(broken).toEqual([]);
  });

  it('has exactly one search body on every entry page and none elsewhere', () => {
    const problems = [...pages].flatMap(([file, html]) => {
      const count = html.match(/data-pagefind-body/g)?.length ?? 0;
      const isEntry = relative(DIST, file).startsWith('equations/');
      return count === (isEntry ? 1 : 0) ? [] : [`${relative(DIST, file)}: ${count} search bodies`];
    });
    expect(problems).toEqual([]);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('has no broken internal link or anchor', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [file, html] of pages) {
      const pageUrl = new URL(`http://site${BASE}${relative(DIST, file).replace(/index\.html$/, '')}`);
      for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (!attr) continue;
        const url = new URL(attr.replace(/&amp;/g, '&'), pageUrl);
        if (url.host !== 'site' || attr.startsWith('http')) continue;
        checked += 1;
        const target = fileFor(url.pathname);
        if (!target) {
          problems.push(`${relative(DIST, file)}: link to missing ${url.pathname}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!(pages.get(target) ?? '').includes(`id="${id}"`)) problems.push(`${relative(DIST, file)}: missing anchor ${url.pathname}${url.hash}`);
        }
      }
    }
    // Every page links home, its category and its stylesheet at least: the check did look.
    expect(checked).toBeGreaterThan(pages.size * 3);
    expect(problems).toEqual([]);
  });

  it('references no third-party resources (only outbound links to papers)', () => {
    const problems: string[] = [];
    let tags = 0;
    for (const [file, html] of pages) {
      for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*>/g)) {
        tags += 1;
        const url = /\s(?:src|href)="(https?:)?\/\/([^"/]+)/.exec(tag);
        if (url && !tag.includes('rel="canonical"')) problems.push(`${relative(DIST, file)}: ${tag.slice(0, 120)}`);
      }
    }
    expect(tags).toBeGreaterThan(pages.size);
    expect(problems).toEqual([]);
  });
});
