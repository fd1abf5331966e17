/**
 * "in <country>" for narrative sentences: Russian needs the prepositional case
 * (в Кыргызстане, в Российской Федерации), which a name list cannot give. The countries of the
 * region and the main countries of work and return are listed; any other is written with the
 * neutral "в стране: <name>" / "in <name>".
 */
import { countryLabel } from '../schema/countries.js';
import type { Lang } from './lang.js';

const RU_IN: Record<string, string> = {
  KGZ: 'в Кыргызстане',
  TJK: 'в Таджикистане',
  KAZ: 'в Казахстане',
  RUS: 'в Российской Федерации',
  UZB: 'в Узбекистане',
  TKM: 'в Туркменистане',
  AFG: 'в Афганистане',
  AZE: 'в Азербайджане',
  ARM: 'в Армении',
  BLR: 'в Беларуси',
  GEO: 'в Грузии',
  MDA: 'в Республике Молдова',
  UKR: 'в Украине',
  TUR: 'в Турции',
  CHN: 'в Китае',
  KOR: 'в Республике Корея',
  IND: 'в Индии',
};

/** The Russian genitive (из Кыргызстана, граждане Российской Федерации) of the same countries. */
const RU_GEN: Record<string, string> = {
  KGZ: 'Кыргызстана',
  TJK: 'Таджикистана',
  KAZ: 'Казахстана',
  RUS: 'Российской Федерации',
  UZB: 'Узбекистана',
  TKM: 'Туркменистана',
  AFG: 'Афганистана',
  AZE: 'Азербайджана',
  ARM: 'Армении',
  BLR: 'Беларуси',
  GEO: 'Грузии',
  MDA: 'Республики Молдова',
  UKR: 'Украины',
  TUR: 'Турции',
  CHN: 'Китая',
  KOR: 'Республики Корея',
  IND: 'Индии',
};

/** A country's name in the Russian genitive, or null when it is not listed (or the code is not a country's). */
export function countryGenitive(code: string): string | null {
  return RU_GEN[code] ?? null;
}

const EN_THE = new Set(['RUS', 'MDA', 'KOR', 'USA', 'GBR', 'ARE']);

export function countryIn(iso3: string, lang: Lang): string {
  if (lang === 'ru') return RU_IN[iso3] ?? `в стране: ${countryLabel(iso3).ru}`;
  return `in ${EN_THE.has(iso3) ? 'the ' : ''}${countryLabel(iso3).en}`;
}

/** A country's name as English running text needs it: "the Russian Federation", "Kyrgyzstan". */
export function countryThe(iso3: string, lang: Lang, asOf?: string): string {
  const name = countryLabel(iso3, asOf)[lang];
  return lang === 'en' && EN_THE.has(iso3) ? `the ${name}` : name;
}
