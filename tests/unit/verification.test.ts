import { describe, expect, it } from 'vitest';
import { displayLatex } from '../../src/lib/latex-blocks';
import { close, describeSample, formula, runVerification, type Verification } from '../../src/lib/verification';
import { VERIFICATIONS, VERIFIED_IDS, verificationsFor } from '../../src/verification';
import { readEntries } from '../helpers/entries';

const blocks = new Map(readEntries().map((e) => [e.id, displayLatex(e.body)]));

/** The LaTeX a verification checks, straight from the entry's Markdown. */
function latexOf(v: Verification): string {
  const latex = blocks.get(v.id)?.[v.block];
  if (latex === undefined) throw new Error(`${v.id} has no display block ${v.block}`);
  return latex;
}

describe('every computable entry computes what its independent reference computes', () => {
  it.each(VERIFICATIONS.map((v, k) => [`${v.id} (block ${v.block}) #${k}`, v] as const))('%s', (_name, v) => {
    expect(runVerification(v, latexOf(v))).toEqual([]);
  });

  it('verifies at least 201 entries, each from the check file beside it', () => {
    expect(VERIFIED_IDS.size).toBeGreaterThanOrEqual(201);
    for (const v of VERIFICATIONS) expect(v.file).toMatch(new RegExp(`^content/equations/[a-z-]+/${v.id}\\.check\\.ts$`));
    for (const id of VERIFIED_IDS) expect(blocks.has(id), `verification of an unknown entry ${id}`).toBe(true);
  });

  it('describes the inputs of every verification for the entry page', () => {
    for (const v of VERIFICATIONS) {
      expect(v.inputs.length, v.id).toBeGreaterThan(0);
      for (const line of v.inputs) expect(line, v.id).toMatch(/^\S.* = /);
    }
  });
});

describe('the checker catches wrong formulas', () => {
  const mutated = VERIFICATIONS.flatMap((v) => v.mutations.map(([from, to]) => ({ v, from, to })));

  it('has known-wrong variants for at least 40 entries', () => {
    expect(new Set(mutated.map((m) => m.v.id)).size).toBeGreaterThanOrEqual(40);
  });

  it.each(mutated.map((m) => [`${m.v.id}: ${m.from} → ${m.to}`, m] as const))('%s', (_name, { v, from, to }) => {
    const latex = latexOf(v);
    expect(latex, 'the mutation must apply to the entry').toContain(from);
    expect(runVerification(v, latex.replace(from, to))).not.toEqual([]);
  });
});

describe('the verification helpers', () => {
  it('compares within a relative tolerance, element by element', () => {
    expect(close(1, 1 + 1e-12)).toBe(true);
    expect(close(1e6, 1e6 + 1e-4)).toBe(true);
    expect(close(1, 1.001)).toBe(false);
    expect(close([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(close([1, 2], [1, 2, 3])).toBe(false);
    expect(close(1, [1])).toBe(false);
    expect(close(NaN, NaN)).toBe(false);
  });

  it('describes samples in plain words', () => {
    expect(describeSample({ x: -3, w: [1, 2.5], f: (v) => v })).toBe('x = −3, w = (1, 2.5), f = a reference function');
    expect(describeSample({ p: 1 / 3 })).toBe('p = 0.333333');
  });

  it('reports evaluation errors and wrong results as disagreements', () => {
    const v = formula({}, [{ x: 2 }], ({ x }) => x * x);
    expect(runVerification(v, 'f(x) = x^2')).toEqual([]);
    expect(runVerification(v, 'f(x) = x^3')).toEqual(['x^3: 8 ≠ 4 for x = 2']);
    expect(runVerification(v, 'f(x) = x^2 + y')[0]).toMatch(/y/);
  });

  it('finds the verifications of an entry', () => {
    expect(verificationsFor('softmax').length).toBeGreaterThan(0);
    expect(verificationsFor('gan-minimax-objective')).toEqual([]);
  });
});
