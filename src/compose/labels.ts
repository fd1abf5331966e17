/**
 * Display labels of the codes found in result rows, in the bulletin's language: code lists of
 * the instrument column an indicator is about, country names for ISO3 columns, province names
 * for ISO 3166-2 codes, age-group labels, and the special values (`_missing`, `_total`, `unknown`).
 */
import { OTHER, SPECIAL_LABELS, YES_NO } from '../schema/codes.js';
import { countryLabel, isIso3 } from '../schema/countries.js';
import { codeLabelOf } from '../schema/variables.js';
import type { InstrumentKind } from '../schema/types.js';
import { placeByCode } from '../schema/places.js';
import type { Localized } from '../schema/template.js';

/**
 * The label of `code`; `column` is the instrument column (or dimension) the code belongs to.
 * Country and province names are those in force on `asOf`, the date of the bulletin's data.
 */
export function codeLabel(code: string, column: string | undefined, kind: InstrumentKind, asOf?: string): Localized {
  if (code === '_missing' || code === 'missing') return SPECIAL_LABELS.missing!;
  if (code === '_total' || code === 'total') return SPECIAL_LABELS.total!;
  if (code === 'unknown') return SPECIAL_LABELS.unknown_admin1!;
  if (code === '_other') return SPECIAL_LABELS.other_small!;
  const own = codeLabelOf(kind, column, code); // the variable's own codes (schema/variables.ts)
  if (own) return own;
  if (column === 'age_group') return { en: code, ru: code };
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
  const common = [...YES_NO, OTHER].find((c) => c.code === code);
  if (common) return common.label;
  return { en: code, ru: code };
}
