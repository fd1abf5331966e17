/**
 * "in <country>" for narrative sentences: Russian needs the prepositional case
 * (в Кыргызстане, в Российской Федерации), which a name list cannot give. The countries of the
 * region and the main countries of work and return are listed (`ruIn`, `ruOf`, `enThe` of
 * data/schema/countries.json); any other is written with the neutral "в стране: <name>" / "in <name>".
 */
import { COUNTRY_TABLE, countryLabel } from '../schema/countries.js';
import type { Lang } from './lang.js';

const RU_IN: Readonly<Record<string, string>> = COUNTRY_TABLE.ruIn;

/** The Russian genitive (из Кыргызстана, граждане Российской Федерации) of the same countries. */
const RU_GEN: Readonly<Record<string, string>> = COUNTRY_TABLE.ruOf;

/** A country's name in the Russian genitive, or null when it is not listed (or the code is not a country's). */
export function countryGenitive(code: string): string | null {
  return RU_GEN[code] ?? null;
}

/** Names English running text writes with "the". */
const EN_THE = new Set(COUNTRY_TABLE.enThe);

export function countryIn(iso3: string, lang: Lang): string {
  if (lang === 'ru') return RU_IN[iso3] ?? `в стране: ${countryLabel(iso3).ru}`;
  return `in ${EN_THE.has(iso3) ? 'the ' : ''}${countryLabel(iso3).en}`;
}

/** A country's name as English running text needs it: "the Russian Federation", "Kyrgyzstan". */
export function countryThe(iso3: string, lang: Lang, asOf?: string): string {
  const name = countryLabel(iso3, asOf)[lang];
  return lang === 'en' && EN_THE.has(iso3) ? `the ${name}` : name;
}
