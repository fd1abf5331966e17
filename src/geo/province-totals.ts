/**
 * Counts per province of a country, for its coverage map (map-spec.ts): summed by ISO 3166-2 code,
 * and the counts that match no province of the country summed apart.
 */
import { placesOf } from '../schema/places.js';

export interface ProvinceCount {
  /** ISO 3166-2 code; null, '' or a code of another country counts as unknown. */
  code: string | null;
  count: number;
}

/** `known`: code → total of the country's provinces with records; `unknown`: the total of the others. */
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
