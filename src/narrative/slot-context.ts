/** What resolving a slot needs from its section (narrative/resolve.ts and the options of slot-options/). */
import type { ResultRow } from '../analyse/result.js';
import type { ShareEstimate } from '../analyse/change-interval.js';
import type { Localized } from '../schema/template.js';

export interface ResolveContext {
  /** Rows of the indicator (already narrowed to it is fine; others are ignored). */
  rowsOf: (indicator: string) => readonly ResultRow[];
  /** The country dimension of an indicator (`country` or `office`). */
  countryDimOf: (indicator: string) => string;
  country: string | null;
  minCell: number;
  labelOf: (indicator: string, code: string) => Localized;
  /**
   * Indicators the section also shows as a figure: a figure of one answer is drawn as a sentence
   * ("… Kyrgyzstan only (100%)"), so a slot naming that one answer again is left out.
   */
  drawn?: ReadonlySet<string>;
  /** The same cell in the baseline round (`build --baseline`), when there is one and it was published. */
  baselineOf?: (row: ResultRow) => ShareEstimate | undefined;
}

/** Categories that are no answer to rank or list. */
export const SPECIAL = new Set(['_total', '_missing', 'dnk', 'pnta', 'none', 'other']);

/** A float's noise removed (0.37 × 100 = 36.99999999999999). */
export function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
