/** The value a narrative slot takes in one section: a number (or hidden), a label, or a text. */
import type { ResultRow } from '../analyse/result.js';
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
  /** A list's label in the genitive (`{name|label:gen}`): «из Российской Федерации (9)»; English as `label`. */
  genitive?: Localized;
  /** The text of a context slot (country, period), printed whatever the filter. */
  text?: Localized;
  /** The same share in the baseline round (`build --baseline`), for the `change` filter. */
  change?: SlotChange;
  /** The result row the value comes from (recorded in tables/<template>-narrative.json). */
  row?: ResultRow;
}

export interface SlotChange {
  /** The baseline round's value. */
  before: number;
  /** Whether the 95 % interval of the difference excludes 0 (only then is a change written). */
  significant: boolean;
}

export type SlotValues = Record<string, SlotValue>;

/** Context slots every sentence may use without declaring them. */
export const CONTEXT_SLOTS = ['country', 'country_the', 'country_in', 'period', 'round'] as const;
