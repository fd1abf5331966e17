/**
 * Computes the value of every declared slot of a template for one section from the result rows.
 * A slot names an indicator and, optionally, a statistic, a category (or a rank, `top`), further
 * dimension cells and which number of the row it wants (value, base n, or numerator count).
 */
import type { ResultRow } from '../analyse/result.js';
import { selectRows } from '../analyse/select-rows.js';
import type { Localized, SlotSpec } from '../schema/template.js';
import type { SlotChange, SlotValue, SlotValues } from './slot-value.js';
import { changeInterval, type ShareEstimate } from '../analyse/change-interval.js';
import type { Lang } from '../i18n/lang.js';
import { formatCount, formatPercent } from '../i18n/number.js';
import { ageGroupOf, ASSISTANCE_AGE_GROUPS, MINOR_AGE, SURVEY_AGE_GROUPS, type AgeGroup } from '../schema/age-groups.js';
import { TOTAL } from '../analyse/select-rows.js';
import { countryGenitive, countryIn } from '../i18n/country-cases.js';
import { joinList } from '../i18n/format.js';

export interface ResolveContext {
  /** Rows of the indicator (already narrowed to it is fine; others are ignored). */
  rowsOf: (indicator: string) => readonly ResultRow[];
  /** The country dimension of an indicator (`country` or `office`). */
  countryDimOf: (indicator: string) => string;
  country: string | null;
  minCell: number;
  labelOf: (indicator: string, code: string) => Localized;
  /**
   * Indicators the section also shows as a figure: a figure of one answer is drawn as a sentence
   * ("… Kyrgyzstan only (100%)"), so a slot naming that one answer again is left out.
   */
  drawn?: ReadonlySet<string>;
  /** The same cell in the baseline round (`build --baseline`), when there is one and it was published. */
  baselineOf?: (row: ResultRow) => ShareEstimate | undefined;
}

const SPECIAL = new Set(['_total', '_missing', 'dnk', 'pnta', 'none', 'other']);

export function resolveSlots(slots: Record<string, SlotSpec>, ctx: ResolveContext): SlotValues {
  const out: SlotValues = {};
  for (const [name, spec] of Object.entries(slots)) out[name] = resolveSlot(spec, ctx);
  reconcileParts(slots, out);
  return out;
}

/**
 * A total and its parts printed together add up, and each part reads as its figure does: the parts
 * keep their own rounding (that of the charts and tables beside the sentence) and the total printed
 * is their sum: "81% … (37% … and 44% …)", neither "82% … (37% … and 44% …)" nor a part moved to
 * 45% beside a figure that shows 44%. For every slot summing categories of one base (`categories`)
 * whose categories are each the value of another slot (same indicator and cells), when the sum of
 * the rounded parts is within one point of the rounded total (rounding, nothing else), the total
 * takes that sum, wherever the bulletin prints it (sentence, key figure, key finding); the result
 * rows (what the tables record) are untouched. A part that rounds to 0 leaves the total as it is.
 */
export function reconcileParts(slots: Record<string, SlotSpec>, values: SlotValues): void {
  const sameCells = (a: SlotSpec, b: SlotSpec) => a.indicator === b.indicator && JSON.stringify(a.dims ?? {}) === JSON.stringify(b.dims ?? {}) && (a.value ?? 'value') === (b.value ?? 'value') && a.stat === b.stat;
  for (const [name, spec] of Object.entries(slots)) {
    const total = values[name];
    if (spec.categories === undefined || (spec.value ?? 'value') !== 'value' || !total || total.suppressed || total.value === null) continue;
    const parts = spec.categories.map((c) => Object.entries(slots).filter(([n, p]) => n !== name && p.category === c && p.categories === undefined && p.top === undefined && p.list === undefined && sameCells(p, spec)).map(([n]) => n));
    if (parts.some((p) => p.length === 0)) continue;
    const shares = parts.map((p) => values[p[0]!]);
    if (shares.some((v) => !v || v.suppressed || v.value === null || v.value <= 0)) continue;
    const rounded = shares.map((v) => Math.round(clean(v!.value! * 100)));
    if (rounded.some((r) => r <= 0)) continue;
    const sum = rounded.reduce((a, b) => a + b, 0);
    const whole = Math.round(clean(total.value * 100));
    if (sum === whole || Math.abs(sum - whole) > 1 || sum > 100) continue;
    values[name] = { ...total, value: sum / 100 };
  }
}

/** A float's noise removed (0.37 × 100 = 36.99999999999999). */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function resolveSlot(spec: SlotSpec, ctx: ResolveContext): SlotValue {
  if (spec.across !== undefined) return acrossCountries(spec, spec.across, ctx);
  const candidates = selectRows(ctx.rowsOf(spec.indicator), {
    indicator: spec.indicator,
    countryDim: ctx.countryDimOf(spec.indicator),
    country: ctx.country,
    dims: spec.dims,
    stat: spec.stat,
  });
  let row: ResultRow | undefined;
  const ranked = () =>
    candidates
      .filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.count ?? r.value ?? 0) > 0)
      .filter((r) => !(spec.otherThanSection && r.category === ctx.country))
      .sort((a, b) => (b.count ?? b.value ?? 0) - (a.count ?? a.value ?? 0) || (a.category ?? '').localeCompare(b.category ?? ''));
  // "The most common citizenship was Kyrgyzstan (100%)", "The main countries of return: Kyrgyzstan
  // (18)" repeat the section's figure of one answer (hidden cells count as answers), which is drawn
  // as a sentence: the fragment is left out.
  const single = () => ctx.drawn?.has(spec.indicator) === true && candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.suppressed || (r.count ?? r.value ?? 0) > 0)).length === 1;
  // A ranking ("the main countries were …", "most often …") is only said when no hidden count could
  // rank among the numbers it names, as far as a reader can tell (a hidden row's public upper bound).
  const rankable = (k: number) => {
    const r = ranked();
    const last = r[Math.min(k, r.length) - 1];
    const floor = last ? (last.count ?? last.value ?? 0) : 0;
    return !candidates.some((h) => h.suppressed !== undefined && h.category !== undefined && !SPECIAL.has(h.category) && !(spec.otherThanSection && h.category === ctx.country) && (h.upper ?? Infinity) >= floor);
  };
  if (spec.list !== undefined) {
    if (single()) return { value: null };
    if (!rankable(spec.list)) return { value: null, suppressed: true, secondary: true };
    const list = listOf(ranked().slice(0, spec.list), spec, ctx);
    if (spec.complete !== undefined && list.value !== null) {
      // every answer given (shown or hidden: a hidden cell is never empty) is named in the list
      const given = candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && !(spec.otherThanSection && r.category === ctx.country) && (r.suppressed !== undefined || (r.count ?? r.value ?? 0) > 0));
      if ((given.length === list.value) !== spec.complete) return { value: null };
    }
    if (spec.majority !== undefined && list.value !== null) {
      // "mainly …" only when the items named make up more than half of the answers (9 of 18 is not)
      // (shares of one base add; counts are set against the section's total row, or, without one,
      // against all answers with a hidden one at its public upper bound)
      const named = ranked().slice(0, spec.list).filter((r) => !r.suppressed);
      const amount = (r: ResultRow) => r.count ?? r.value ?? 0;
      const total = candidates.find((r) => (r.category === undefined || r.category === TOTAL) && !r.suppressed);
      const answers = candidates.filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && r.category !== TOTAL);
      const whole = total ? amount(total) : answers.reduce((a, r) => a + (r.suppressed ? (r.upper ?? Infinity) : amount(r)), 0);
      const share = named.every((r) => r.stat === 'share') ? named.reduce((a, r) => a + (r.value ?? 0), 0) : named.reduce((a, r) => a + amount(r), 0) / (whole || Infinity);
      if (share > 0.5 + 1e-9 !== spec.majority) return { value: null };
    }
    return list;
  }
  if (spec.categories !== undefined) return sumOf(candidates, spec);
  if (spec.top !== undefined) {
    if (single()) return { value: null };
    if (spec.topIsSection !== undefined) {
      const first = candidates
        .filter((r) => r.category !== undefined && !SPECIAL.has(r.category) && (r.count ?? r.value ?? 0) > 0)
        .sort((a, b) => (b.count ?? b.value ?? 0) - (a.count ?? a.value ?? 0) || (a.category ?? '').localeCompare(b.category ?? ''))[0];
      const isSection = ctx.country !== null && first?.category === ctx.country;
      if (isSection !== spec.topIsSection) return { value: null };
    }
    if (!rankable(spec.top)) return { value: null, suppressed: true, secondary: true };
    row = ranked()[spec.top - 1];
  } else if (spec.category !== undefined) {
    row = candidates.find((r) => r.category === spec.category);
  } else {
    row = candidates.find((r) => r.category === undefined) ?? candidates[0];
  }
  if (!row) {
    // A category that nobody chose has no row: it is a true zero when the indicator has rows here.
    if (spec.category !== undefined && candidates.length > 0 && spec.value !== 'n') return { value: 0 };
    return { value: null };
  }
  // an end of an age range carries the label of the figure's youngest or oldest age group that
  // anyone is in (shown or hidden: a hidden cell is never empty), for the template's fallback; the
  // template uses it only where the figure counts the range's own population (not a subgroup's)
  const label = row.category !== undefined ? ctx.labelOf(spec.indicator, row.category) : spec.hiddenWith !== undefined && isAgeSlot(spec) ? rangeEndLabel(spec.stat === 'min', row, spec.hiddenWith, ctx) : undefined;
  const base: SlotValue = label ? { value: null, label, row } : { value: null, row };
  if (spec.value === 'n') {
    // the base is hidden with the row's value when it is itself a small or covering count
    if (row.nHidden) return row.suppressed === 'secondary' ? { ...base, suppressed: true, secondary: true } : { ...base, suppressed: true };
    if (ctx.minCell > 0 && row.n > 0 && row.n < ctx.minCell) return { ...base, suppressed: true };
    return { ...base, value: row.n };
  }
  if (row.suppressed === 'secondary') return { ...base, suppressed: true, secondary: true };
  if (row.suppressed) return { ...base, suppressed: true };
  if (spec.hiddenWith !== undefined && isAgeSlot(spec) && row.value !== null) {
    // An age range is said whole or not at all: when either end falls in an age group the figure
    // hides, both ends are hidden, and each carries its age group's label ("0–4", "65+"), which the
    // template's fallback may print ("in age groups from 0–4 to 65+"): a hidden cell is never
    // empty (zeros are published), so the groups tell nothing the figure does not.
    const figure = spec.hiddenWith;
    const ends = candidatesOfRange(spec, ctx);
    if (ends.some((v) => revealsHidden(v, figure, ctx))) return { ...base, suppressed: true, secondary: true };
    return { ...base, value: row.value };
  }
  if (spec.hiddenWith !== undefined && row.value !== null && revealsHiddenMinors(row.category, spec.hiddenWith, ctx)) {
    // Not small in itself: hidden so that the text does not tell what a figure hides.
    return { ...base, suppressed: true, secondary: true };
  }
  if (spec.value === 'count') {
    const c = row.count ?? (row.stat === 'count' ? row.value : null);
    return { ...base, value: c ?? null };
  }
  const change = row.stat === 'share' && (spec.value ?? 'value') === 'value' ? changeOf(row, ctx) : undefined;
  return change ? { ...base, value: row.value, change } : { ...base, value: row.value };
}

/** The row compared with its baseline: significant when the 95 % interval of the difference excludes 0. */
function changeOf(row: ResultRow, ctx: ResolveContext): SlotChange | undefined {
  const before = ctx.baselineOf?.(row);
  if (!before || row.value === null) return undefined;
  const now: ShareEstimate = { value: row.value, n: row.n, count: row.count ?? null, se: row.se ?? null };
  const iv = changeInterval(now, before);
  return { before: before.value, significant: iv !== null && (iv.low > 0 || iv.high < 0) };
}

/** The sum of several categories of one base ("more than half" + "all"); hidden when one of them is. */
function sumOf(candidates: readonly ResultRow[], spec: SlotSpec): SlotValue {
  const rows = candidates.filter((r) => r.category !== undefined && spec.categories!.includes(r.category));
  if (rows.some((r) => r.suppressed)) return { value: null, suppressed: true, secondary: rows.every((r) => !r.suppressed || r.suppressed === 'secondary') };
  if (rows.length === 0) return { value: candidates.length > 0 && spec.value !== 'n' ? 0 : null };
  const pick = (r: ResultRow) => (spec.value === 'n' ? r.n : spec.value === 'count' ? (r.count ?? null) : r.value);
  if (spec.value === 'n') return { value: rows[0]!.n };
  const values = rows.map(pick);
  return { value: values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0) };
}

/**
 * Whether an age falls in an age group whose cell is hidden in the figure by age group: "aged 2 to
 * 69" would tell that the one person of the hidden 65+ cell is 69.
 */
/** An age slot (the min or max of an age range), as opposed to a count. */
function isAgeSlot(spec: SlotSpec): boolean {
  return spec.stat === 'min' || spec.stat === 'max';
}

/**
 * A count of minors (of one sex when `sex` is given, of both otherwise) tells what an age-by-sex
 * figure hides when one of that sex's age groups under 18 is hidden there: "19 minors (11 boys/8
 * girls)" beside a pyramid whose "0–4, female" reads "<5" bounds or gives away that cell.
 */
function revealsHiddenMinors(sex: string | undefined, indicator: string, ctx: ResolveContext): boolean {
  const rows = ctx.rowsOf(indicator).filter((r) => r.indicator === indicator && r.dims[ctx.countryDimOf(indicator)] === (ctx.country ?? TOTAL));
  const minor = new Set([...SURVEY_AGE_GROUPS, ...ASSISTANCE_AGE_GROUPS].filter((g) => g.max < MINOR_AGE).map((g) => g.code));
  const bySex = sex === 'male' || sex === 'female' ? sex : undefined;
  return rows.some((r) => r.suppressed !== undefined && minor.has(r.category ?? '') && (bySex === undefined || r.dims.sex === bySex));
}

/** The minimum and maximum of the slot's age range in this section. */
function candidatesOfRange(spec: SlotSpec, ctx: ResolveContext): number[] {
  return ctx
    .rowsOf(spec.indicator)
    .filter((r) => r.indicator === spec.indicator && (r.stat === 'min' || r.stat === 'max') && r.dims[ctx.countryDimOf(spec.indicator)] === (ctx.country ?? TOTAL) && !r.suppressed && r.value !== null)
    .map((r) => r.value as number);
}

/**
 * An end of an age range as a text prints it, never a single person's exact age (the youngest and
 * the oldest are single people): the bound of the age group of the figure `indicator` that the
 * end falls in — "from 18 to 64", "from under 5 to 65 and over" / «от 18 до 64 лет», «от 0 до 65 лет
 * и старше». A lower end is its group's first age (English: "under 5" for a group from birth), the
 * open group "and over". Without the age itself, the youngest (oldest) group of the figure anyone is in.
 */
function rangeEndLabel(youngest: boolean, range: ResultRow, indicator: string, ctx: ResolveContext): Localized | undefined {
  const rows = ctx.rowsOf(indicator).filter((r) => r.indicator === indicator && r.dims[ctx.countryDimOf(indicator)] === (ctx.country ?? TOTAL));
  const codes = new Set(rows.map((r) => r.category));
  const groups = ageGroupsOf(codes);
  const code = ageGroupOf(range.value, groups);
  if (code !== null) return ageBoundLabel(groups.find((g) => g.code === code)!, youngest, groups);
  // the age itself hidden: the figure's youngest (oldest) peopled group, when the figure counts
  // the range's own people (every person with an age), never a subgroup's (returnees)
  const all = rows.filter((r) => r.category !== undefined && Object.entries(r.dims).every(([d, v]) => d === ctx.countryDimOf(indicator) || v === TOTAL));
  const people = all.reduce((a, r) => a + (r.value ?? 0), 0);
  if (all.some((r) => r.suppressed !== undefined) || range.n !== people) return undefined;
  const peopled = groups.filter((g) => rows.some((r) => r.category === g.code && (r.suppressed !== undefined || (r.value ?? 0) > 0)));
  const end = youngest ? peopled[0] : peopled[peopled.length - 1];
  return end ? ageBoundLabel(end, youngest, groups) : undefined;
}

/** The lower (youngest) or upper bound of an age group in words, as `rangeEndLabel` prints it. */
export function ageBoundLabel(g: AgeGroup, youngest: boolean, groups: readonly AgeGroup[]): Localized {
  if (youngest) {
    // a lower bound is the group's own first age: "from 14" (the survey's youngest group is 14–17,
    // not "under 18"), «от 0 до 65 лет и старше» (never «от младше 5»); English reads a group
    // starting at birth as "under 5"
    if (g === groups[0] && g.min === 0) return { en: `under ${g.max + 1}`, ru: `${g.min}` };
    return { en: `${g.min}`, ru: `${g.min}` };
  }
  if (!Number.isFinite(g.max)) return { en: `${g.min} and over`, ru: `${g.min} лет и старше` };
  // «до 64 лет», «до 21 года»
  const ru = g.max % 10 === 1 && g.max % 100 !== 11 ? 'года' : 'лет';
  return { en: `${g.max}`, ru: `${g.max} ${ru}` };
}

function revealsHidden(age: number, indicator: string, ctx: ResolveContext): boolean {
  const rows = ctx.rowsOf(indicator).filter((r) => r.indicator === indicator && r.dims[ctx.countryDimOf(indicator)] === (ctx.country ?? TOTAL));
  const codes = new Set(rows.map((r) => r.category));
  const groups = ageGroupsOf(codes);
  const group = ageGroupOf(age, groups);
  return rows.some((r) => r.category === group && r.suppressed !== undefined);
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

/**
 * The age groups a figure's rows use: the set that names most of their codes (the survey's and the
 * assistance records' groups share "18–24" …, only the latter have "0–4").
 */
function ageGroupsOf(codes: ReadonlySet<string | undefined>): typeof ASSISTANCE_AGE_GROUPS {
  const hits = (gs: typeof ASSISTANCE_AGE_GROUPS) => gs.filter((g) => codes.has(g.code)).length;
  return hits(SURVEY_AGE_GROUPS) > hits(ASSISTANCE_AGE_GROUPS) ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
}

/**
 * The country of the regional comparison where the slot's cell is highest (or lowest): its value,
 * and "in Kazakhstan" as its label; every country that ties with it at the printed value is named
 * ("in Kazakhstan and Kyrgyzstan"). Said only when every country's cell is published (a hidden one
 * could be the extreme), at least two countries differ, and the spread between the ends reaches
 * the slot's `minSpread` (percentage points for a share, the value's unit otherwise): a 2-point
 * range in a non-probability sample compares nothing. Never in a country section.
 */
function acrossCountries(spec: SlotSpec, end: 'max' | 'min', ctx: ResolveContext): SlotValue {
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
