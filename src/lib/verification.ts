import { equationRows, equationSides, evaluateLatex, LatexEvalError, type Scope, type Value } from './latex-eval';

/**
 * "Numerically verified against a reference implementation", as data. A {@link Verification}
 * evaluates an entry's own LaTeX (with src/lib/latex-eval.ts) on sample inputs and compares
 * the result with an independent reference written in plain TypeScript. The specs live in
 * src/verification/; tests/unit/verification.test.ts runs them (and their mutations), and the
 * build runs them again before an entry page shows its badge, so the page can only claim a
 * check that passes.
 */
export interface Check {
  /** Index of the `$$` block checked (0-based). */
  block: number;
  /** What was compared, for the entry page: one line per sample, e.g. "x = −3". */
  inputs: string[];
  /** The relative tolerance of the comparison. */
  tolerance: number;
  /** Known-wrong variants of the block's LaTeX, as [search, replacement]; each must fail. */
  mutations: readonly (readonly [string, string])[];
  /** Disagreements between the given LaTeX of the block and the reference; [] when they agree. */
  disagreements(latex: string): string[];
}

/** A check with the entry it belongs to: the id is the check file's name (`<id>.check.ts`). */
export interface Verification extends Check {
  /** The entry id. */
  id: string;
  /** The check file, relative to the project root, for messages. */
  file: string;
}

/** Relative tolerance of every comparison unless a spec states its own. */
export const DEFAULT_TOLERANCE = 1e-9;

/** Equal within a relative tolerance (absolute below 1), element by element for arrays. */
export function close(a: Value, b: Value, tol = DEFAULT_TOLERANCE): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    return typeof a === 'number' && typeof b === 'number' && (a === b || Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)));
  }
  return a.length === b.length && a.every((x, i) => close(x, b[i] ?? NaN, tol));
}

const format = (v: Value): string =>
  typeof v === 'number' ? String(Number(v.toPrecision(6))).replace('-', '−') : `(${v.map(format).join(', ')})`;

/** "x = −3, w = (1, 2)" — the numeric bindings of a sample; functions are described by name. */
export function describeSample(sample: Scope): string {
  return Object.entries(sample)
    .map(([name, value]) => (typeof value === 'function' ? `${name} = a reference function` : `${name} = ${format(value)}`))
    .join(', ');
}

/** Runs a check on the given LaTeX of its block (the entry's, or a mutated copy). */
export function runVerification(v: Check, latex: string): string[] {
  try {
    return v.disagreements(latex);
  } catch (error) {
    if (error instanceof LatexEvalError) return [error.message];
    throw error;
  }
}

/** Which block is checked and how; shared by {@link formula} and {@link chain}. */
export interface CheckWhere {
  /** The `$$` block (default 0). */
  block?: number;
  /**
   * Top-level relations that join the sides besides `=`: `['\\leftarrow']` for an update
   * rule `w \leftarrow w - \eta g`, `['\\approx']` for an approximation checked as written.
   */
  relations?: readonly string[];
  tolerance?: number;
}

export interface FormulaWhere extends CheckWhere {
  /** The row of an aligned block (default 0). */
  row?: number;
  /** The sides of `a = b = c` to evaluate (default: every side after the first). */
  sides?: number[];
}

/** The fields every verification derives from its `where` and samples. */
function describeCheck(where: CheckWhere, samples: readonly Scope[], mutations: Check['mutations']) {
  return { block: where.block ?? 0, inputs: samples.map(describeSample), tolerance: where.tolerance ?? DEFAULT_TOLERANCE, mutations };
}

/** The sides of one row, split at `=` and the check's other relations. */
const sidesOf = (row: string, where: CheckWhere): string[] => equationSides(row, ['=', ...(where.relations ?? [])]);

/**
 * The common case: each chosen side of one row of one block, evaluated on every sample, must
 * equal `reference(sample)`.
 */
export function formula<S extends Scope>(
  where: FormulaWhere,
  samples: readonly S[],
  reference: (sample: S) => Value,
  mutations: readonly (readonly [string, string])[] = [],
): Check {
  return {
    ...describeCheck(where, samples, mutations),
    disagreements(latex) {
      const row = equationRows(latex)[where.row ?? 0] ?? '';
      const sides = sidesOf(row, where);
      const chosen = where.sides ?? sides.map((_, k) => k).slice(1);
      return chosen.flatMap((k) =>
        samples.flatMap((sample) => {
          const side = sides[k] ?? '';
          const expected = reference(sample);
          try {
            const got = evaluateLatex(side, sample);
            return close(got, expected, where.tolerance)
              ? []
              : [`${side}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)} for ${describeSample(sample)}`];
          } catch (error) {
            if (!(error instanceof LatexEvalError)) throw error;
            return [`${side}: ${error.message}`];
          }
        }),
      );
    },
  };
}

/**
 * A block whose rows compute one after another (layer norm's mean, variance, output; an
 * optimizer step): `steps` receives the right-hand side of each row and an evaluator, and
 * returns the named values it computed; each is compared with the reference's.
 */
export function chain<S extends Scope>(
  where: CheckWhere,
  samples: readonly S[],
  steps: (rows: string[], sample: S, ev: (latex: string, scope: Scope) => Value) => Record<string, Value>,
  reference: (sample: S) => Record<string, Value>,
  mutations: readonly (readonly [string, string])[] = [],
): Check {
  return {
    ...describeCheck(where, samples, mutations),
    disagreements(latex) {
      const rows = equationRows(latex).map((r) => sidesOf(r, where).at(-1) ?? '');
      return samples.flatMap((sample) => {
        const got = steps(rows, sample, evaluateLatex);
        const expected = reference(sample);
        return Object.entries(expected).flatMap(([name, want]) => {
          const have = got[name];
          return have !== undefined && close(have, want, where.tolerance)
            ? []
            : [`${name}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)} for ${describeSample(sample)}`];
        });
      });
    },
  };
}

/** What an entry page and `/equations.json` say about an entry's numerical checks. */
export interface EntryVerification {
  verified: boolean;
  /** One item per check: the `$$` block (1-based, as a reader counts), its inputs and tolerance. */
  checks: { equation: number; inputs: string[]; tolerance: number }[];
}

/**
 * Runs an entry's verifications on its own `$$` blocks and says what was checked. Throws when
 * one disagrees (the build then fails with the entry and the reason), so a page can never show
 * a badge for a check that does not pass.
 */
export function verifyEntry(id: string, blocks: readonly string[], verifications: readonly Verification[]): EntryVerification {
  const own = verifications.filter((v) => v.id === id);
  const problems = own.flatMap((v) => {
    const latex = blocks[v.block];
    if (latex === undefined) return [`a verification checks $$ block ${v.block + 1}, which the entry does not have`];
    return runVerification(v, latex).map((d) => `$$ block ${v.block + 1}: ${d}`);
  });
  if (problems.length > 0) {
    const files = [...new Set(own.map((v) => v.file))].join(', ');
    throw new Error(`${id}: the formula disagrees with its reference implementation (${files}):\n  ${problems.join('\n  ')}`);
  }
  return describeEntryChecks(own);
}

/** What an entry's checks compare, for its page, without running them (the build ran them). */
export function describeEntryChecks(own: readonly Check[]): EntryVerification {
  return { verified: own.length > 0, checks: own.map((v) => ({ equation: v.block + 1, inputs: v.inputs, tolerance: v.tolerance })) };
}
