/**
 * First-level divisions of Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan and the
 * Russian Federation: ISO 3166-2 code, English and Russian name as DTM publications write them,
 * and the other spellings found in survey exports (old/Soviet names, local transliterations,
 * ISO names, main cities of a region). Declared in data/schema/places.json
 * (schemas/places.schema.json), by country in section order, read once here.
 *
 * Started from iso3166-2-db@2.3.11 (MIT, see licenses/geo/), with its faults fixed:
 * - Kazakhstan as of 2020–2021: Shymkent is a city of republican status (KZ-SHY); KZ-YUZ keeps
 *   its code but the region was renamed Turkistan (2018); `Алма-Ата` is `Алматы`; Baikonur
 *   (KZ-BAY, withdrawn by ISO in 2002) is left out. The 2022 numeric codes (KZ-75 …) and the three
 *   regions created in 2022 (Abai, Jetisu, Ulytau) are accepted as aliases of the 2020–2021
 *   division they were part of, because the boundaries shipped are the pre-2022 ones.
 * - Kyrgyzstan: "Osh" alone may be the city or the region: it is deliberately a name of neither.
 * - Russian Federation: the 83 subjects recognised by ISO 3166-2 and the United Nations.
 *
 * `kind` says whether a division is a city of republican/federal status, so that "Tashkent city"
 * and "Tashkent region" can be told apart.
 */
import type { PlacesFile } from './bundled-schemas.js';
import { readBundledJson } from './data-file.js';

export type PlaceKind = 'city' | 'region';

export interface PlaceEntry {
  readonly code: string;
  readonly country: string;
  readonly kind: PlaceKind;
  readonly en: string;
  readonly ru: string;
  readonly aliases: readonly string[];
}

/** Every division, countries in section order (Kyrgyzstan, Tajikistan, Kazakhstan, Russia, then others). */
export const PLACE_ENTRIES: readonly PlaceEntry[] = Object.entries(readBundledJson<PlacesFile>('data/schema/places.json').divisions).flatMap(
  ([country, divisions]) => divisions.map(({ code, kind, en, ru, aliases }) => ({ code, country, kind, en, ru, aliases })),
);
