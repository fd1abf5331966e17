/**
 * Columns derived for the indicators, added to a Dataset table before the analysis:
 * - `months_abroad_band`, `months_stranded_band`: length-of-stay bands (codes below);
 * - `return_period`: `YYYY-MM` of `return_date`;
 * - `has_vulnerability`: `yes` when any vulnerability other than `none` was chosen, `no` when the
 *   question was answered without one, null when not answered;
 * - multi `remittance_channel_type`: `formal` (bank, money transfer operator, post), `digital`
 *   (mobile application), `informal` (informal courier, carried in person, other) — the grouping
 *   of schema/codes.ts REMITTANCE_CHANNEL_KIND;
 * - `remittance_amount_usd`: see currency.ts (added by computeIndicators when rates are given).
 */
import type { Label } from '../schema/types.js';

export interface Band {
  code: string;
  min: number;
  max: number;
  label: Label;
}

const band = (code: string, min: number, max: number, en: string, ru: string): Band => ({ code, min, max, label: { en, ru } });

export const MONTHS_ABROAD_BANDS: readonly Band[] = [
  band('lt_6', 0, 5, 'Less than 6 months', 'Менее 6 месяцев'),
  band('6_11', 6, 11, '6–11 months', '6–11 месяцев'),
  band('12_23', 12, 23, '1 to less than 2 years', 'От 1 года до 2 лет'),
  band('24_59', 24, 59, '2 to less than 5 years', 'От 2 до 5 лет'),
  band('60_plus', 60, Infinity, '5 years or more', '5 лет и более'),
];

export const MONTHS_STRANDED_BANDS: readonly Band[] = [
  band('lt_3', 0, 2, 'Less than 3 months', 'Менее 3 месяцев'),
  band('3_5', 3, 5, '3–5 months', '3–5 месяцев'),
  band('6_11', 6, 11, '6–11 months', '6–11 месяцев'),
  band('12_plus', 12, Infinity, '12 months or more', '12 месяцев и более'),
];

/** Option codes of the derived multi `remittance_channel_type` (grouping: schema/codes.ts REMITTANCE_CHANNEL_KIND). */
export const CHANNEL_TYPE_CODES: readonly { code: string; label: Label }[] = [
  { code: 'formal', label: { en: 'Formal', ru: 'Официальные' } },
  { code: 'digital', label: { en: 'Digital', ru: 'Цифровые' } },
  { code: 'informal', label: { en: 'Informal', ru: 'Неофициальные' } },
];

/** Names of the derived columns (the registry may use them as variables). */
export const DERIVED_COLUMNS = [
  'months_abroad_band',
  'months_stranded_band',
  'return_period',
  'has_vulnerability',
  'remittance_channel_type',
  'remittance_amount_usd',
] as const;

export function bandOf(v: unknown, bands: readonly Band[]): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  for (const b of bands) if (v >= b.min && v <= b.max) return b.code;
  return null;
}

export function periodOf(v: unknown): string | null {
  return typeof v === 'string' && /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7) : null;
}
