/**
 * Pulls the equation figures (rendered math + copy button + source) out of an entry's
 * rendered HTML, for listings that show the equations without the notes. The figures are
 * produced by rehype-equation-figure and never nest. Their `id`s are dropped because a
 * listing holds many entries and ids must stay unique on a page.
 */
export function equationFigures(html: string): string[] {
  return [...html.matchAll(/<figure class="equation"[^>]*>[\s\S]*?<\/figure>/g)].map((m) =>
    m[0].replace(/^<figure class="equation" id="eq-\d+"/, '<figure class="equation"'),
  );
}
