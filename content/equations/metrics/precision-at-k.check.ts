import { type Check, formula } from '../../../src/lib/verification';

export default [
  formula(
    { sides: [2] },
    [
      { ranked: [7, 3, 9, 1], relevant: [3, 1, 5], k: 3 },
      { ranked: [7, 3, 9, 1], relevant: [3, 1, 5], k: 4 },
      { ranked: [2, 4], relevant: [8], k: 2 },
    ].map(({ ranked, relevant, k }) => ({ k, rel: ranked.map((d) => (relevant.includes(d) ? 1 : 0)) })),
    // |relevant ∩ top k| / k, counted on the document ids the rel vectors come from.
    ({ k, rel }) => rel.slice(0, k).filter((r) => r === 1).length / k,
    [['\\frac{1}{k} \\sum', '\\sum']],
  ),
] satisfies Check[];
