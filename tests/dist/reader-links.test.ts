import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST } from '../helpers/dist';

/**
 * What a reader follows from an entry into a paper or to the site's conventions: each
 * equation's own link, the notation page from the Where list, the .tex download, and the
 * footer's notation, changes, citation, report and licence links on every page.
 */
const ids = readdirSync(join(DIST, 'equations')).filter((id) => existsSync(join(DIST, 'equations', id, 'index.html')));
const page = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('links a reader follows', () => {
  it('gives every equation its numbered link, every Where list the notation, every entry its .tex', () => {
    expect(ids.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const id of ids) {
      const html = page(`equations/${id}/index.html`);
      const figures = [...html.matchAll(/<figure class="equation" id="eq-(\d+)"/g)].map((m) => m[1]);
      const anchors = [...html.matchAll(/<a class="equation-anchor" href="([^"]+)"[^>]*>\((\d+)\)<\/a>/g)];
      if (figures.length === 0 || anchors.length !== figures.length) problems.push(`${id}: ${figures.length} figures, ${anchors.length} links`);
      anchors.forEach((m, i) => {
        if (m[1] !== `${BASE}equations/${id}/#eq-${i + 1}` || m[2] !== String(i + 1)) problems.push(`${id}: link ${i + 1} is ${m[1] ?? ''}`);
      });
      if (/<h2[^>]*>Where<\/h2>/.test(html) && !html.includes(`<p class="notation-link" data-pagefind-ignore="">Other symbols follow the site’s <a href="${BASE}notation/">`))
        problems.push(`${id}: no notation link after its Where list`);
      if (!html.includes(`href="${BASE}equations/${id}.tex"`) || !existsSync(join(DIST, 'equations', `${id}.tex`))) problems.push(`${id}: no .tex download`);
    }
    expect(problems).toEqual([]);
  });

  it.each(['index.html', 'activations/index.html', 'equations/softmax/index.html', 'notation/index.html', '404.html'])(
    'links the notation, changes, citation, report and licence from the footer of %s',
    (path) => {
      const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(page(path))?.[1] ?? '';
      for (const href of ['notation/', 'changes/', 'about/#cite', 'about/#report', 'about/#licence', 'equations.bib'])
        expect(footer, href).toContain(`href="${BASE}${href}"`);
      for (const target of ['notation', 'changes', 'about']) expect(existsSync(join(DIST, target, 'index.html'))).toBe(true);
    },
  );
});
