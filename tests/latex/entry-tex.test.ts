import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { citationKeys, createBibtex, workId } from '../../src/lib/bibtex';
import { entryTex, type TexEntry } from '../../src/lib/entry-tex';
import { entryParts, parseMarkdown } from '../../src/lib/latex-blocks';
import { paperSchema } from '../../src/lib/schema';
import { readEntries } from '../helpers/entries';
import { mapLimited, runPdflatex } from '../helpers/pdflatex';

/** Every entry's downloadable .tex, as /equations/<id>.tex gives it. */
function texEntries(): TexEntry[] {
  const raw = readEntries();
  const papers = raw.map((e) => (e.frontmatter['paper'] ? paperSchema.parse(e.frontmatter['paper']) : undefined));
  const keys = citationKeys(papers.filter((p) => p !== undefined));
  return raw.map((e, i) => {
    const { display, where } = entryParts(parseMarkdown(e.body));
    const paper = papers[i];
    const key = paper && keys.get(workId(paper));
    return {
      id: e.id,
      title: String(e.frontmatter['title']),
      summary: String(e.frontmatter['summary']),
      display,
      where,
      url: `https://example.org/equations/${e.id}/`,
      paper,
      key,
      bibtex: paper && createBibtex(paper, key),
    };
  });
}

/** What pdfLaTeX said beyond success: errors, undefined references, missing glyphs. */
const complaints = (log: string) =>
  log.split('\n').filter((line) => line.startsWith('! ') || /LaTeX Warning: (Reference|Citation)|Missing character|undefined/.test(line));

describe("every entry's .tex download compiles on its own", () => {
  // The timeout is a hang guard (246 pdfLaTeX runs on a loaded CI machine), not a speed test.
  it(
    'compiles each entry (equations, Where list, reference) with pdfLaTeX, without an error, an undefined reference or a missing glyph',
    { timeout: 15 * 60_000 },
    async () => {
      const entries = texEntries();
      expect(entries.length).toBeGreaterThan(200);
      const failures = await mapLimited(entries, availableParallelism(), async (entry) => {
        const source = entryTex(entry);
        const run = await runPdflatex({ source }, { haltOnError: true });
        const problems = complaints(run.log);
        return run.code === 0 && problems.length === 0 ? undefined : `${entry.id}: exit ${run.code}; ${problems.slice(0, 3).join(' | ')}`;
      });
      expect(failures.filter(Boolean).join('\n')).toBe('');
    },
  );

  it('fails on a broken entry, naming it', async () => {
    const [first] = texEntries();
    if (!first) throw new Error('no entries');
    const run = await runPdflatex({ source: entryTex({ ...first, display: ['\\frac{1}{2'] }) }, { haltOnError: true });
    expect(run.code).not.toBe(0);
  });
});
