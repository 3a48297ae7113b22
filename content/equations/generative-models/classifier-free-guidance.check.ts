import { type Value } from '../../../src/lib/latex-eval';
import { type Check, formula } from '../../../src/lib/verification';
import { rewritten } from '../../../src/verification/reference';

/** A toy noise predictor ε_θ(z, c): a different function of z for the condition c = 1 and the null condition c = 0. */
const epsilonTheta = (z: Value, c: Value): number[] =>
  (z as number[]).map((v, k) => ((c as number) === 0 ? 0.5 * v - 0.1 * k : Math.tanh(v) + 0.3 * k));

export default [
  ...[0, 1].map((block) =>
    rewritten(
      formula(
        { block, sides: [1] },
        [
          { epsilon_theta: epsilonTheta, z_t: [0.5, -1, 2], c: 1, null: 0, w: 3, s: 4 },
          { epsilon_theta: epsilonTheta, z_t: [0.5, -1, 2], c: 1, null: 0, w: 0, s: 1 },
        ],
        // Ho & Salimans (2022), eq. 6: the conditional prediction pushed away from the unconditional one by w.
        ({ z_t, c, w }) => {
          const [cond, uncond] = [epsilonTheta(z_t, c), epsilonTheta(z_t, 0)];
          return cond.map((e, k) => e + w * (e - (uncond[k] ?? NaN)));
        },
        block === 0 ? [['- w \\,', '+ w \\,']] : [['+ s \\left(', '+ \\left(']],
      ),
      // The null condition ∅ is bound as the symbol "null".
      (latex) => latex.replaceAll('\\varnothing', '\\text{null}'),
    ),
  ),
] satisfies Check[];
