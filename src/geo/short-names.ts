/**
 * Province names on maps: the same as in tables and text (the place table's names in force), so a
 * reader finds "Chui Region" in both; the only short forms are the abbreviations the bulletins'
 * glossary defines ("GBAO", "DRS"), which the note under the map spells out.
 */
import type { Lang } from '../i18n/lang.js';
import type { Place } from '../schema/places.js';

const SHORT: Readonly<Record<string, { en: string; ru: string }>> = {
  // The two abbreviations the bulletins define (glossary) and every map that writes them spells out.
  'TJ-GB': { en: 'GBAO', ru: 'ГБАО' },
  'TJ-RA': { en: 'DRS', ru: 'РРП' },
};

/**
 * The abbreviations the short names use and what they stand for, for the note under a map that
 * draws them ("DRS: Districts of Republican Subordination").
 */
type Abbreviation = { abbr: string; long: string };
const EXPANSIONS: Readonly<Record<string, { en: Abbreviation; ru: Abbreviation }>> = {
  'TJ-GB': { en: { abbr: 'GBAO', long: 'Gorno-Badakhshan Autonomous Region' }, ru: { abbr: 'ГБАО', long: 'Горно-Бадахшанская автономная область' } },
  'TJ-RA': { en: { abbr: 'DRS', long: 'Districts of Republican Subordination' }, ru: { abbr: 'РРП', long: 'районы республиканского подчинения' } },
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

/**
 * The name a map writes for a province: the place table's name in force, as every table and
 * sentence writes it ("Sverdlovsk Oblast", «Чуйская область»); only the two abbreviations the
 * glossary defines stand for their long names (GBAO, DRS), spelled out in the map's note.
 */
export function mapName(place: Place, lang: Lang): string {
  return SHORT[place.code]?.[lang] ?? place.name[lang];
}
