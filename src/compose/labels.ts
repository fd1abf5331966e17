/**
 * Display labels of the codes found in result rows, in the bulletin's language: code lists of
 * the instrument column an indicator is about, country names for ISO3 columns, province names
 * for ISO 3166-2 codes, age-group labels, and the special values (`_missing`, `_total`, `unknown`).
 */
import { CHANNEL_TYPE_CODES } from '../analyse/derived.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../schema/age-groups.js';
import { SPECIAL_LABELS } from '../schema/codes.js';
import { countryLabel, isIso3 } from '../schema/countries.js';
import { instrument } from '../schema/instruments.js';
import type { InstrumentKind } from '../schema/types.js';
import { placeByCode } from '../schema/places.js';
import type { Localized } from '../schema/template.js';

const AGE = new Map([...SURVEY_AGE_GROUPS, ...ASSISTANCE_AGE_GROUPS].map((g) => [g.code, g.label]));

/**
 * The label of `code`; `column` is the instrument column (or dimension) the code belongs to.
 * Country and province names are those in force on `asOf`, the date of the bulletin's data.
 */
export function codeLabel(code: string, column: string | undefined, kind: InstrumentKind, asOf?: string): Localized {
  if (code === '_missing' || code === 'missing') return SPECIAL_LABELS.missing!;
  if (code === '_total' || code === 'total') return SPECIAL_LABELS.total!;
  if (code === 'unknown') return SPECIAL_LABELS.unknown_admin1!;
  if (code === '_other') return SPECIAL_LABELS.other_small!;
  if (column === 'age_group') return AGE.get(code) ?? { en: code, ru: code };
  if (column === 'remittance_channel_type') {
    const hit = CHANNEL_TYPE_CODES.find((c) => c.code === code);
    if (hit) return hit.label;
  }
  const col = column ? instrument(kind).byName.get(column) : undefined;
  if (col?.codes) {
    const hit = col.codes.find((c) => c.code === code);
    if (hit) return hit.label;
  }
  const nonResponse: Record<string, Localized> = {
    dnk: { en: "Don't know", ru: 'Затрудняюсь ответить' },
    pnta: { en: 'Prefer not to answer', ru: 'Предпочитаю не отвечать' },
  };
  if (nonResponse[code]) return nonResponse[code];
  if (/^[A-Z]{3}$/.test(code) && isIso3(code)) return countryLabel(code, asOf);
  if (/^[A-Z]{2}-[A-Z0-9]+$/.test(code)) {
    const p = placeByCode(code, asOf);
    if (p) return p.name;
  }
  if (/^\d{4}-\d{2}$/.test(code)) return { en: code, ru: code };
  if (code === 'yes' || code === 'no') return code === 'yes' ? { en: 'Yes', ru: 'Да' } : { en: 'No', ru: 'Нет' };
  for (const kindName of ['survey', 'assistance'] as const) {
    for (const c of instrument(kindName).columns) {
      const hit = c.codes?.find((x) => x.code === code);
      if (hit) return hit.label;
    }
  }
  return { en: code, ru: code };
}
