/**
 * Option `list`: the largest answers as one phrase per language, "Uzbekistan (40), Moldova (38)
 * and Tajikistan (13)", with `complete` (every answer given is named, or not) and `majority` (the
 * answers named make up more than half, or not) as conditions on saying it.
 */
import type { ResultRow } from '../../analyse/result.js';
import { TOTAL } from '../../analyse/select-rows.js';
import { countryGenitive } from '../../i18n/country-cases.js';
import type { Lang } from '../../i18n/lang.js';
import { formatCount, formatPercent } from '../../i18n/number.js';
import type { SlotSpec } from '../../schema/template.js';
import { SPECIAL, type ResolveContext } from '../slot-context.js';
import type { SlotValue } from '../slot-value.js';
import { rankable, rankedRows, repeatsSingleAnswerFigure } from './ranking.js';

export function listSlot(spec: SlotSpec, size: number, candidates: readonly ResultRow[], ctx: ResolveContext): SlotValue {
  if (repeatsSingleAnswerFigure(candidates, spec, ctx)) return { value: null };
  if (!rankable(size, candidates, spec, ctx)) return { value: null, suppressed: true, secondary: true };
  const list = listOf(rankedRows(candidates, spec, ctx).slice(0, size), spec, ctx);
  if (spec.complete !== undefined && list.value !== null) {
    // every answer given (shown or hidden: a hidden cell is never empty) is named in the list
    const given = candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && !(spec.otherThanSection && r.category === ctx.country) && (r.suppressed !== undefined || (r.count ?? r.value ?? 0) > 0));
    if ((given.length === list.value) !== spec.complete) return { value: null };
  }
  if (spec.majority !== undefined && list.value !== null) {
    // "mainly …" only when the items named make up more than half of the answers (9 of 18 is not)
    // (shares of one base add; counts are set against the section's total row, or, without one,
    // against all answers with a hidden one at its public upper bound)
    const named = rankedRows(candidates, spec, ctx).slice(0, size).filter((r) => !r.suppressed);
    const amount = (r: ResultRow) => r.count ?? r.value ?? 0;
    const total = candidates.find((r) => (r.category === undefined || r.category === TOTAL) && !r.suppressed);
    const answers = candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && r.category !== TOTAL);
    const whole = total ? amount(total) : answers.reduce((a, r) => a + (r.suppressed ? (r.upper ?? Infinity) : amount(r)), 0);
    const share = named.every((r) => r.stat === 'share') ? named.reduce((a, r) => a + (r.value ?? 0), 0) : named.reduce((a, r) => a + amount(r), 0) / (whole || Infinity);
    if (share > 0.5 + 1e-9 !== spec.majority) return { value: null };
  }
  return list;
}

/** The largest categories as one phrase per language: `Uzbekistan (40), Moldova (38) and Tajikistan (13)`. */
function listOf(rows: ResultRow[], spec: SlotSpec, ctx: ResolveContext): SlotValue {
  if (rows.length === 0) return { value: null };
  if (rows.some((r) => r.suppressed)) rows = rows.filter((r) => !r.suppressed);
  if (rows.length === 0) return { value: null, suppressed: true };
  const phrase = (lang: Lang) => {
    const items = rows.map((r) => {
      const n = spec.value === 'count' ? (r.count ?? r.value ?? 0) : (r.value ?? 0);
      const shown = r.stat === 'share' ? formatPercent(n, lang) : formatCount(n, lang);
      return `${ctx.labelOf(spec.indicator, r.category!)[lang]} (${shown})`;
    });
    return joined(items, lang);
  };
  // the list in the genitive, for «из …», «граждане …»: «из Российской Федерации (9)», a phrase
  // even of one item; a name without its declined form keeps the list form («следующих стран: …»)
  const genitive = () => {
    const items = rows.map((r) => {
      const n = spec.value === 'count' ? (r.count ?? r.value ?? 0) : (r.value ?? 0);
      const shown = r.stat === 'share' ? formatPercent(n, 'ru') : formatCount(n, 'ru');
      return { gen: countryGenitive(r.category!), text: `${ctx.labelOf(spec.indicator, r.category!).ru} (${shown})`, shown };
    });
    if (items.every((i) => i.gen !== null)) return joined(items.map((i) => `${i.gen} (${i.shown})`), 'ru');
    return `${items.length === 1 ? 'следующей страны' : 'следующих стран'}: ${joined(items.map((i) => i.text), 'ru')}`;
  };
  return { value: rows.length, label: { en: phrase('en'), ru: phrase('ru') }, genitive: { en: phrase('en'), ru: genitive() } };
}

function joined(items: readonly string[], lang: Lang): string {
  const and = lang === 'en' ? ' and ' : ' и ';
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
