import { SEARCH_ANGLES, SEARCH_CASES, topFor, type SearchAngle } from './queries';

/** Per-angle results of running the query suite through a search function (ids, best first). */
export interface QualityReport {
  rates: Record<SearchAngle, number>;
  misses: string[];
  /** One line per angle, e.g. "typo 24/25 (96.0 %)". */
  summary: string;
}

export async function measureQuality(search: (query: string) => Promise<string[]> | string[]): Promise<QualityReport> {
  const found = Object.fromEntries(SEARCH_ANGLES.map((a) => [a, { hit: 0, all: 0 }])) as Record<SearchAngle, { hit: number; all: number }>;
  const misses: string[] = [];
  for (const { angle, query, expected } of SEARCH_CASES) {
    const ids = await search(query);
    const wanted = typeof expected === 'string' ? [expected] : expected;
    const top = ids.slice(0, topFor(angle));
    found[angle].all += 1;
    if (top.some((id) => wanted.includes(id))) found[angle].hit += 1;
    else misses.push(`  [${angle}] "${query}" → expected ${wanted.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const rates = Object.fromEntries(SEARCH_ANGLES.map((a) => [a, found[a].hit / Math.max(1, found[a].all)])) as Record<SearchAngle, number>;
  const summary = SEARCH_ANGLES.map(
    (a) => `${a} ${found[a].hit}/${found[a].all} (${(rates[a] * 100).toFixed(1)} %, top ${topFor(a)})`,
  ).join('; ');
  return { rates, misses, summary };
}
