/**
 * Implementing partners' names in the bulletin's language. The data name a partner as the office
 * records it, mostly in English; a Russian bulletin writes the Russian form where it is known:
 * the organisations below, and the survey sample's "NGO partner <province>" (НПО-партнёр with the
 * province's Russian name). The analyst's content.json (`partners`) overrides both. Unknown names
 * are printed as recorded.
 */
import type { Lang } from './lang.js';
import { matchAdmin1, placeByCode } from '../schema/places.js';
import { PLACE_ENTRIES } from '../schema/place-entries.js';

const KNOWN: Readonly<Record<string, string>> = {
  'russian red cross': 'Российский Красный Крест',
  'russian red cross society': 'Российский Красный Крест',
  'tong jahoni': 'Тонг Джахони',
  'ural house': 'Уральский дом',
  'red crescent society of kyrgyzstan': 'Общество Красного Полумесяца Кыргызстана',
  'red crescent society of tajikistan': 'Общество Красного Полумесяца Таджикистана',
  'kazakhstan red crescent': 'Общество Красного Полумесяца Казахстана',
  'red crescent society of kazakhstan': 'Общество Красного Полумесяца Казахстана',
};

/**
 * The name of a partner as a bulletin in `lang` prints it; `country` is the section's ISO3, `asOf`
 * the date of the data (a province's name in force then).
 */
export function partnerName(name: string, lang: Lang, opts: { country?: string | undefined; asOf?: string | undefined; analyst?: ReadonlyArray<{ en: string; ru: string }> | undefined } = {}): string {
  const { country, asOf, analyst } = opts;
  const given = analyst?.find((p) => p.en === name);
  if (given) return given[lang];
  if (lang === 'en') return name;
  const known = KNOWN[name.trim().toLowerCase().replace(/\s+/g, ' ')];
  if (known) return known;
  const ngo = /^NGO partner (.+?)(?: (\d+))?$/.exec(name.trim());
  if (ngo) {
    const where = placeWord(ngo[1]!, country, asOf);
    return `НПО-партнёр (${where}${ngo[2] ? `, ${ngo[2]}` : ''})`;
  }
  return name;
}

/**
 * The Russian for the place word of "NGO partner <word>", naming the same place the English does:
 * the province's name when the word is the province's own ("Batken" → Баткенская обл.) or a city's
 * (Nur-Sultan); the Russian of the very word when it is another name the province goes by, a city
 * in it or an abbreviation ("Petropavlovsk" → Петропавловск, not Северо-Казахстанская обл.; "GBAO" →
 * ГБАО): the first Cyrillic name listed after it. A word with no Russian counterpart is kept.
 */
function placeWord(word: string, country: string | undefined, asOf: string | undefined): string {
  const match = matchAdmin1(word, country).match;
  if (!match) return word;
  const entry = PLACE_ENTRIES.find((e) => e.code === match.code);
  const own = (name: string) => [name, name.replace(/ (Region|Province)$/, '')].some((n) => n.toLowerCase() === word.trim().toLowerCase());
  if (!entry || entry.kind === 'city' || own(entry.en)) return (placeByCode(match.code, asOf)?.name.ru ?? entry?.ru ?? word).replace(/ область$/, ' обл.');
  const at = entry.aliases.findIndex((a) => a.toLowerCase() === word.trim().toLowerCase());
  const ru = at < 0 ? undefined : entry.aliases.slice(at + 1).find((a) => /^[А-ЯЁ]/u.test(a));
  return ru ?? word;
}
