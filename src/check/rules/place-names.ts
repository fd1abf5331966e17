/**
 * `name.not-in-force`: a place or country is called by the name in force at the date of the
 * bulletin's data ("Nur-Sultan" for 2021 data, not "Astana"; "Turkey", not "Türkiye"), in every
 * sentence, caption, note, chart and map label (schema/names-in-force.ts).
 */
import type { MeasureText } from '../../charts/measure.js';
import { msg } from '../../messages/index.js';
import { DATED_NAMES, nameInForce } from '../../schema/names-in-force.js';
import { countryLabel } from '../../schema/countries.js';
import { placeByCode } from '../../schema/places.js';
import type { Finding } from '../finding.js';
import type { Publication } from '../publication.js';
import { svgTextBoxes } from '../svg-text.js';

interface Wrong {
  name: string;
  right: string;
  pattern: RegExp;
}

/** The names of the renamed places that were not in force on `asOf`, in one language. */
function wrongNames(asOf: string, lang: 'en' | 'ru'): Wrong[] {
  const out: Wrong[] = [];
  for (const code of new Set(DATED_NAMES.map((d) => d.code))) {
    const current = /^[A-Z]{3}$/.test(code) ? countryLabel(code) : placeByCode(code)?.name;
    if (!current) continue;
    const right = nameInForce(code, current, asOf)[lang];
    const names = new Set([current[lang], ...DATED_NAMES.filter((d) => d.code === code).map((d) => d[lang] ?? current[lang])]);
    for (const name of names) {
      if (name === right) continue;
      out.push({ name, right, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u') });
    }
  }
  return out;
}

export function placeNames(pub: Publication, measure: MeasureText): Finding[] {
  if (!pub.asOf || (pub.lang !== 'en' && pub.lang !== 'ru')) return [];
  const wrong = wrongNames(pub.asOf, pub.lang);
  if (wrong.length === 0) return [];
  const out: Finding[] = [];
  const look = (text: string, figure: string | null, page: number | null): void => {
    for (const w of wrong) {
      if (!w.pattern.test(text)) continue;
      out.push({ rule: 'name.not-in-force', bulletin: pub.bulletin, lang: pub.lang, figure, page, value: w.name, message: msg.check.nameNotInForce(w.name, w.right, pub.asOf ?? '') });
    }
  };
  for (const s of pub.sentences) look(s.text, null, s.page);
  for (const f of pub.figures) {
    const texts = [f.caption, ...f.notes, ...(f.chart?.rows.flatMap((r) => [r.category, r.group ?? '']) ?? []), ...(f.table ?? []).flat()];
    if (f.svg) texts.push(...svgTextBoxes(f.svg, measure).boxes.map((b) => b.text));
    const found = new Set<string>();
    for (const t of texts) for (const w of wrong) if (w.pattern.test(t)) found.add(w.name);
    for (const name of found) {
      const w = wrong.find((x) => x.name === name)!;
      out.push({ rule: 'name.not-in-force', bulletin: pub.bulletin, lang: pub.lang, figure: f.id, page: f.page, value: name, message: msg.check.nameNotInForce(name, w.right, pub.asOf) });
    }
  }
  return out;
}
