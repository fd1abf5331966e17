/** Option `across`: the country of the regional comparison where the slot's cell is highest (or lowest). */
import type { ResultRow } from '../../analyse/result.js';
import { selectRows, TOTAL } from '../../analyse/select-rows.js';
import { countryIn } from '../../i18n/country-cases.js';
import { joinList } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { SlotSpec } from '../../schema/template.js';
import { clean, type ResolveContext } from '../slot-context.js';
import type { SlotValue } from '../slot-value.js';

/**
 * The country of the regional comparison where the slot's cell is highest (or lowest): its value,
 * and "in Kazakhstan" as its label; every country that ties with it at the printed value is named
 * ("in Kazakhstan and Kyrgyzstan"). Said only when every country's cell is published (a hidden one
 * could be the extreme), at least two countries differ, and the spread between the ends reaches
 * the slot's `minSpread` (percentage points for a share, the value's unit otherwise): a 2-point
 * range in a non-probability sample compares nothing. Never in a country section.
 */
export function acrossCountries(spec: SlotSpec, end: 'max' | 'min', ctx: ResolveContext): SlotValue {
  if (ctx.country !== null) return { value: null };
  const cd = ctx.countryDimOf(spec.indicator);
  const rows = selectRows(ctx.rowsOf(spec.indicator), { indicator: spec.indicator, countryDim: cd, country: null, dims: spec.dims, stat: spec.stat, free: [cd] }).filter(
    (r) => r.dims[cd] !== undefined && r.dims[cd] !== TOTAL && (spec.category === undefined ? r.category === undefined || r.category === TOTAL : r.category === spec.category),
  );
  if (rows.some((r) => r.suppressed !== undefined)) return { value: null, suppressed: true, secondary: true };
  const valued = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  if (valued.length < 2) return { value: null };
  const pick = spec.value === 'n' ? (r: ResultRow) => r.n : spec.value === 'count' ? (r: ResultRow) => r.count ?? null : (r: ResultRow) => r.value;
  // the value as the sentence prints it: a share in whole points
  const printed = (r: ResultRow) => (r.stat === 'share' && spec.value !== 'n' && spec.value !== 'count' ? Math.round(clean((pick(r) ?? 0) * 100)) : (pick(r) ?? 0));
  const sorted = [...valued].sort((a, b) => printed(a) - printed(b) || (pick(a) ?? 0) - (pick(b) ?? 0) || (a.dims[cd] ?? '').localeCompare(b.dims[cd] ?? ''));
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  // "from 45% in A to 45% in B" compares nothing, nor does "from 26% in A to 28% in B"
  const spread = printed(hi) - printed(lo);
  if (spread <= 0 || spread < (spec.minSpread ?? 0)) return { value: null };
  const row = end === 'max' ? hi : lo;
  const tied = sorted.filter((r) => printed(r) === printed(row)).map((r) => r.dims[cd]!).sort();
  const label = (lang: Lang) => joinList(tied.map((c, i) => (i === 0 ? countryIn(c, lang) : countryIn(c, lang).replace(/^(in|в) /, ''))), lang);
  return { value: pick(row), label: { en: label('en'), ru: label('ru') }, row };
}
