/**
 * Terms a bulletin uses for one concept, one per language: the preferred word, and the synonyms
 * that must not appear beside it (a reader takes two words for two things). The publication check
 * (check/rules/terms.ts) reports a synonym anywhere in what a bulletin publishes.
 */
import type { Lang } from './lang.js';

export interface Term {
  /** What the term names. */
  concept: string;
  /** The word used, per language (stem, matched case-insensitively at a word start). */
  preferred: Record<Lang, string>;
  /** Words for the same concept that are not used (stems). */
  avoid: Record<Lang, readonly string[]>;
}

export const TERMS: readonly Term[] = [
  {
    concept: 'formal (employment, remittance channels)',
    preferred: { en: 'formal', ru: 'официальн' },
    avoid: { en: ['registered employment', 'declared employment'], ru: ['формальн'] },
  },
  {
    concept: 'informal (employment, remittance channels)',
    preferred: { en: 'informal', ru: 'неофициальн' },
    avoid: { en: ['unregistered', 'undeclared', 'off the books'], ru: ['неформальн', 'незарегистрированн', 'без оформления'] },
  },
];
