/** The value a narrative slot takes in one section: a number (or hidden), a label, or a text. */
import type { Localized } from '../schema/template.js';

export interface SlotValue {
  /** The number; null when there is none (the sentence or fragment using it is left out). */
  value: number | null;
  /** Hidden by the small-count rule: printed as "<N" (N the threshold). */
  suppressed?: boolean;
  /** Hidden only so that another, small value cannot be worked back (secondary): printed as "–". */
  secondary?: boolean;
  /** Category label (slots with `top`). */
  label?: Localized;
  /** The text of a context slot (country, period), printed whatever the filter. */
  text?: Localized;
}

export type SlotValues = Record<string, SlotValue>;

/** Context slots every sentence may use without declaring them. */
export const CONTEXT_SLOTS = ['country', 'country_in', 'period', 'round'] as const;
