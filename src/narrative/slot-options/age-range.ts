/**
 * Options `stat: min|max` with `hiddenWith` (an age range said beside a figure by age group) and
 * `hiddenWith` on a count of minors: what the text may say without telling what the figure hides.
 */
import type { ResultRow } from '../../analyse/result.js';
import { TOTAL } from '../../analyse/select-rows.js';
import { ageGroupOf, ASSISTANCE_AGE_GROUPS, MINOR_AGE, SURVEY_AGE_GROUPS, type AgeGroup } from '../../schema/age-groups.js';
import type { Localized, SlotSpec } from '../../schema/template.js';
import type { ResolveContext } from '../slot-context.js';

/** An age slot (the min or max of an age range), as opposed to a count. */
export function isAgeSlot(spec: SlotSpec): boolean {
  return spec.stat === 'min' || spec.stat === 'max';
}

/**
 * An age range is said whole or not at all: whether either end falls in an age group whose cell
 * the figure `indicator` hides ("aged 2 to 69" would tell that the one person of the hidden 65+
 * cell is 69).
 */
export function rangeRevealsHidden(spec: SlotSpec, indicator: string, ctx: ResolveContext): boolean {
  return candidatesOfRange(spec, ctx).some((v) => revealsHidden(v, indicator, ctx));
}

/**
 * A count of minors (of one sex when `sex` is given, of both otherwise) tells what an age-by-sex
 * figure hides when one of that sex's age groups under 18 is hidden there: "19 minors (11 boys/8
 * girls)" beside a pyramid whose "0–4, female" reads "<5" bounds or gives away that cell.
 */
export function revealsHiddenMinors(sex: string | undefined, indicator: string, ctx: ResolveContext): boolean {
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
export function rangeEndLabel(youngest: boolean, range: ResultRow, indicator: string, ctx: ResolveContext): Localized | undefined {
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

/**
 * The age groups a figure's rows use: the set that names most of their codes (the survey's and the
 * assistance records' groups share "18–24" …, only the latter have "0–4").
 */
function ageGroupsOf(codes: ReadonlySet<string | undefined>): typeof ASSISTANCE_AGE_GROUPS {
  const hits = (gs: typeof ASSISTANCE_AGE_GROUPS) => gs.filter((g) => codes.has(g.code)).length;
  return hits(SURVEY_AGE_GROUPS) > hits(ASSISTANCE_AGE_GROUPS) ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
}
