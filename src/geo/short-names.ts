/**
 * Short province names for map labels, where room is scarce: "Chui", "Чуйская обл.", "GBAO",
 * "РРП". Tables and text use the full names of the place table.
 */
import type { Lang } from '../i18n/lang.js';
import type { Place } from '../schema/places.js';

const SHORT: Readonly<Record<string, { en: string; ru: string }>> = {
  // Regions named like the city of republican status inside them keep the word "Region".
  'KG-O': { en: 'Osh Region', ru: 'Ошская обл.' },
  'KG-GO': { en: 'Osh city', ru: 'г. Ош' },
  'UZ-TO': { en: 'Tashkent Region', ru: 'Ташкентская обл.' },
  'KZ-ALM': { en: 'Almaty Region', ru: 'Алматинская обл.' },
  'RU-MOS': { en: 'Moscow Oblast', ru: 'Московская обл.' },
  'RU-LEN': { en: 'Leningrad Oblast', ru: 'Ленинградская обл.' },
  'TJ-GB': { en: 'GBAO', ru: 'ГБАО' },
  'TJ-RA': { en: 'DRS', ru: 'РРП' },
  'UZ-QR': { en: 'Karakalpakstan', ru: 'Каракалпакстан' },
  'RU-KHM': { en: 'Khanty-Mansi AO', ru: 'ХМАО — Югра' },
  'RU-YAN': { en: 'Yamalo-Nenets AO', ru: 'ЯНАО' },
  'RU-NEN': { en: 'Nenets AO', ru: 'НАО' },
  'RU-CHU': { en: 'Chukotka AO', ru: 'Чукотский АО' },
  'RU-YEV': { en: 'Jewish AO', ru: 'ЕАО' },
  'RU-SA': { en: 'Sakha (Yakutia)', ru: 'Якутия' },
  'RU-SE': { en: 'North Ossetia', ru: 'Северная Осетия' },
  'RU-KB': { en: 'Kabardino-Balkaria', ru: 'Кабардино-Балкария' },
  'RU-KC': { en: 'Karachay-Cherkessia', ru: 'Карачаево-Черкесия' },
  'RU-CE': { en: 'Chechnya', ru: 'Чечня' },
  'RU-CU': { en: 'Chuvashia', ru: 'Чувашия' },
  'RU-UD': { en: 'Udmurtia', ru: 'Удмуртия' },
};

/**
 * The abbreviations the short names use and what they stand for, for the note under a map that
 * draws them ("DRS: Districts of Republican Subordination").
 */
type Abbreviation = { abbr: string; long: string };
const EXPANSIONS: Readonly<Record<string, { en: Abbreviation; ru: Abbreviation }>> = {
  'TJ-GB': { en: { abbr: 'GBAO', long: 'Gorno-Badakhshan Autonomous Region' }, ru: { abbr: 'ГБАО', long: 'Горно-Бадахшанская автономная область' } },
  'TJ-RA': { en: { abbr: 'DRS', long: 'Districts of Republican Subordination' }, ru: { abbr: 'РРП', long: 'районы республиканского подчинения' } },
  'RU-KHM': { en: { abbr: 'AO', long: 'Autonomous Okrug' }, ru: { abbr: 'ХМАО', long: 'Ханты-Мансийский автономный округ' } },
  'RU-YAN': { en: { abbr: 'AO', long: 'Autonomous Okrug' }, ru: { abbr: 'ЯНАО', long: 'Ямало-Ненецкий автономный округ' } },
  'RU-NEN': { en: { abbr: 'AO', long: 'Autonomous Okrug' }, ru: { abbr: 'НАО', long: 'Ненецкий автономный округ' } },
  'RU-CHU': { en: { abbr: 'AO', long: 'Autonomous Okrug' }, ru: { abbr: 'АО', long: 'автономный округ' } },
  'RU-YEV': { en: { abbr: 'Jewish AO', long: 'Jewish Autonomous Oblast' }, ru: { abbr: 'ЕАО', long: 'Еврейская автономная область' } },
};

/**
 * The abbreviations a map of these provinces writes, each with what it stands for, in table order
 * ("DRS: Districts of Republican Subordination"). Empty when the map writes none.
 */
export function abbreviations(places: readonly Place[], lang: Lang): string[] {
  const out = new Map<string, string>();
  for (const p of places) {
    const e = EXPANSIONS[p.code]?.[lang];
    if (e) out.set(e.abbr, `${e.abbr}: ${e.long}`);
  }
  return [...out.values()];
}

export function shortName(place: Place, lang: Lang): string {
  const explicit = SHORT[place.code];
  if (explicit) return explicit[lang];
  const name = place.name[lang];
  if (lang === 'en') {
    return name
      .replace(/^Republic of /, '')
      .replace(/ (Region|Oblast|Province|Republic)$/, '');
  }
  return name
    .replace(/^Республика /, '')
    .replace(/ область$/, ' обл.');
}
