/**
 * Place and country names that changed: the name a publication uses is the one in force at the
 * date of its data ("Nur-Sultan" for 2021 data, "Astana" for 2018 or 2023 data), the same in every
 * figure, table and sentence of a bulletin. The tables of places (place-entries.ts) and countries
 * (countries.ts) hold today's names; this table holds the earlier ones with the dates they were in
 * force. Dates are YYYY-MM-DD; `from` inclusive, `until` exclusive; a name with no date bound holds
 * on that side.
 */
import type { Label } from './types.js';

export interface DatedName {
  /** ISO 3166-1 alpha-3 (country) or ISO 3166-2 (first-level division). */
  code: string;
  from?: string;
  until?: string;
  /** The name in force then, in each language where it differed from today's. */
  en?: string;
  ru?: string;
}

export const DATED_NAMES: readonly DatedName[] = [
  // Astana was renamed Nur-Sultan on 23 March 2019 and Astana again on 17 September 2022.
  { code: 'KZ-AST', from: '2019-03-23', until: '2022-09-17', en: 'Nur-Sultan', ru: 'Нур-Султан' },
  // The United Nations has written "Türkiye" since 1 June 2022; Russian kept «Турция».
  { code: 'TUR', until: '2022-06-01', en: 'Turkey' },
];

/**
 * The name of `code` in force on `asOf` (YYYY-MM-DD, or a longer ISO date); `current` when no
 * earlier name covers that date or when no date is given.
 */
export function nameInForce(code: string, current: Label, asOf: string | undefined): Label {
  if (asOf === undefined) return current;
  const day = asOf.slice(0, 10);
  const hit = DATED_NAMES.find((d) => d.code === code && (d.from === undefined || day >= d.from) && (d.until === undefined || day < d.until));
  return hit ? { en: hit.en ?? current.en, ru: hit.ru ?? current.ru } : current;
}
