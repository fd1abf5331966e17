/**
 * The table that goes with a coverage map: one row per province with records (or every province),
 * with English and Russian names, and an "unknown" row for records that matched no province of the
 * country, so that the rows add up to the section total.
 */
import { placesOf } from '../schema/places.js';

export interface ProvinceCount {
  /** ISO 3166-2 code; null, '' or a code of another country counts as unknown. */
  code: string | null;
  count: number;
}

export interface MapTableRow {
  /** ISO 3166-2 code, or `unknown`. */
  code: string;
  name_en: string;
  name_ru: string;
  count: number;
}

export const UNKNOWN_PROVINCE = Object.freeze({ code: 'unknown', en: 'Unknown province', ru: 'Неизвестная область' });

export interface MapTableOptions {
  /** Also list the provinces without records (count 0). Default false. */
  all?: boolean;
}

/** Counts per province of a country, summed by code; the unknown row comes last and only when non-zero. */
export function provinceTotals(countryIso3: string, counts: readonly ProvinceCount[]): { known: Map<string, number>; unknown: number } {
  const places = new Set(placesOf(countryIso3).map((p) => p.code));
  const known = new Map<string, number>();
  let unknown = 0;
  for (const { code, count } of counts) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`province count must be a non-negative number, got ${count}`);
    const c = code?.trim().toUpperCase();
    if (c && places.has(c)) known.set(c, (known.get(c) ?? 0) + count);
    else unknown += count;
  }
  return { known, unknown };
}

/**
 * Rows in descending order of count, then in the order of the place table; the unknown row last.
 * The counts of the rows add up to the sum of `counts`.
 */
export function mapTable(countryIso3: string, counts: readonly ProvinceCount[], options: MapTableOptions = {}): MapTableRow[] {
  const { known, unknown } = provinceTotals(countryIso3, counts);
  const rows = placesOf(countryIso3)
    .map((p, order) => ({ row: { code: p.code, name_en: p.name.en, name_ru: p.name.ru, count: known.get(p.code) ?? 0 }, order }))
    .filter(({ row }) => options.all || row.count > 0)
    .sort((a, b) => b.row.count - a.row.count || a.order - b.order)
    .map(({ row }) => row);
  if (unknown > 0) rows.push({ code: UNKNOWN_PROVINCE.code, name_en: UNKNOWN_PROVINCE.en, name_ru: UNKNOWN_PROVINCE.ru, count: unknown });
  return rows;
}
