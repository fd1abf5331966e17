/**
 * `sentence.undeclined-name`: a Russian sentence never pastes a declared name (a country or a
 * province, in the nominative as the name lists give it) into a construction that governs another
 * case: «из Казахстан», «в Российская Федерация», «у «Чуйская область»». Templates keep names in
 * the nominative («… — Казахстан (82 %)», lists after a colon) or use the declined forms of
 * i18n/country-cases.ts.
 */
import { msg } from '../../messages/index.js';
import { countryLabel, iso3Codes, SECTION_ORDER } from '../../schema/countries.js';
import { placesOf } from '../../schema/places.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';

/** Prepositions that never take the nominative or the accusative: any nominative name after them is wrong. */
const OBLIQUE = 'из|от|до|у|для|без|кроме|около|после|среди|из-за|к|ко|по|при|с|со|о|об|обо';
/** Prepositions that may take the accusative («в Казахстан»): wrong only where that differs from the nominative. */
const ACCUSATIVE = 'в|во|на|за|через|про';
/** Names that do not decline (end in a vowel other than -а/-я: «Сочи», «Осло»). */
const INDECLINABLE = /[оеиуюэы]$/u;
/** Feminine names (and adjectives before them), whose accusative is not their nominative. */
const FEMININE = /[ая]$|ая\s/u;

let names: string[] | null = null;
function declaredNames(): string[] {
  names ??= [...new Set([...iso3Codes().map((c) => countryLabel(c).ru), ...SECTION_ORDER.flatMap((c) => placesOf(c)).map((p) => p.name.ru)])]
    .filter((n) => n !== '' && !INDECLINABLE.test(n))
    .sort((a, b) => b.length - a.length);
  return names;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function undeclinedNames(pub: Publication): Finding[] {
  if (pub.lang !== 'ru') return [];
  const out: Finding[] = [];
  for (const s of pub.sentences) {
    for (const name of declaredNames()) {
      if (!s.text.includes(name)) continue;
      const preps = FEMININE.test(name) ? `${OBLIQUE}|${ACCUSATIVE}` : OBLIQUE;
      const re = new RegExp(`(?<![\\p{L}-])(?:${preps})\\s+«?${escape(name)}(?![\\p{L}])`, 'giu');
      for (const m of s.text.matchAll(re)) {
        out.push({ rule: 'sentence.undeclined-name', bulletin: pub.bulletin, lang: pub.lang, figure: null, page: s.page, value: m[0], message: msg.check.undeclinedName(m[0], name) });
      }
    }
  }
  return out;
}
