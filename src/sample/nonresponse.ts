/**
 * Item non-response on single-choice questions: `dnk` (don't know) or `pnta` (prefer not to
 * answer), valid answers by the contract. The overall rate is NON_RESPONSE_RATE per question.
 */
import type { Rng } from './random.js';

const NON_RESPONSE_RATE = 0.025;

/**
 * Returns `dnk` / `pnta` with the given probability (about 70/30), else undefined; written
 * `nonResponse(rng) ?? draw(…)` so that the answer is drawn only when there is one.
 */
export function nonResponse(rng: Rng, p = NON_RESPONSE_RATE): 'dnk' | 'pnta' | undefined {
  const u = rng.next();
  if (u >= p) return undefined;
  return u < p * 0.7 ? 'dnk' : 'pnta';
}
