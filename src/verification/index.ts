import { verifyEntry, type EntryVerification, type Verification } from '../lib/verification';
import { verifications as activations } from './activations';
import { verifications as attention } from './attention';
import { verifications as classicalMl } from './classical-ml';
import { verifications as convolution } from './convolution';
import { verifications as generativeModels } from './generative-models';
import { verifications as informationTheory } from './information-theory';
import { verifications as kernelMethods } from './kernel-methods';
import { verifications as losses } from './losses';
import { verifications as metrics } from './metrics';
import { verifications as normalization } from './normalization';
import { verifications as optimization } from './optimization';
import { verifications as probability } from './probability';
import { verifications as regularization } from './regularization';
import { verifications as reinforcementLearning } from './reinforcement-learning';
import { verifications as sequenceModels } from './sequence-models';
import { verifications as similarity } from './similarity';

/**
 * Every numerical verification, one module per category. An entry is "numerically verified"
 * when at least one verification names it; tests/unit/verification.test.ts runs them all and
 * the entry page runs an entry's own again at build time before it shows the badge.
 */
export const VERIFICATIONS: readonly Verification[] = [
  ...activations,
  ...attention,
  ...classicalMl,
  ...convolution,
  ...generativeModels,
  ...informationTheory,
  ...kernelMethods,
  ...losses,
  ...metrics,
  ...normalization,
  ...optimization,
  ...probability,
  ...regularization,
  ...reinforcementLearning,
  ...sequenceModels,
  ...similarity,
];

/** The verifications of one entry ([] when it has none). */
export function verificationsFor(id: string): Verification[] {
  return VERIFICATIONS.filter((v) => v.id === id);
}

/** The ids of every numerically verified entry. */
export const VERIFIED_IDS: ReadonlySet<string> = new Set(VERIFICATIONS.map((v) => v.id));

const results = new Map<string, EntryVerification>();

/**
 * Runs the checks of one entry on its `$$` blocks (see verifyEntry); throws on a disagreement.
 * The entry page and /equations.json both ask, so each entry's blocks are checked once a build.
 */
export function verifyEquation(id: string, blocks: readonly string[]): EntryVerification {
  const key = `${id}\u0000${blocks.join('\u0000')}`;
  let result = results.get(key);
  if (!result) {
    result = verifyEntry(id, blocks, VERIFICATIONS);
    results.set(key, result);
  }
  return result;
}
