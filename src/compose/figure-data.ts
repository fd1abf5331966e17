/**
 * One figure of one section: picks its result rows, turns them into the chart's input (labels in
 * the bulletin's language, order, series) and into the table written beside the PDF.
 *
 *   ResultRow[] ─select (section, dims, category)─▶ rows ─labels, order─▶ ChartInput + the rows for tables/
 */
import { MONTHS_ABROAD_BANDS, MONTHS_STRANDED_BANDS } from '../schema/variables.js';
import type { ResultRow } from '../analyse/result.js';
import { MULTI_STATISTICS } from '../analyse/disaggregate.js';
import type { ChartInput, ChartRow, ChartType, ValueKind } from '../charts/types.js';
import { formatMonth } from '../i18n/date.js';
import type { Lang } from '../i18n/lang.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../schema/age-groups.js';
import { compareCountries } from '../schema/countries.js';
import { instrument } from '../schema/instruments.js';
import type { FigureSpec, Localized } from '../schema/template.js';
import { hasBoundaries } from '../geo/boundaries.js';
import { COUNTRY_COLORS, SEX_COLORS, YES_NO_COLORS } from '../charts/palette.js';
import { formatValue } from '../charts/labels.js';
import { formatN } from '../i18n/number.js';
import { countryDimOf, type IndicatorInfo } from './indicator-info.js';
import { codeLabel } from './labels.js';
import { selectRows, TOTAL } from '../analyse/select-rows.js';

export interface MapInput {
  country: string;
  /** Records per province (ISO 3166-2 code); hidden small counts are left out. */
  counts: Array<{ code: string; count: number }>;
  /** What is counted, for the map's legend. */
  measure: Localized;
  /** Width of the drawing in points (default: the map's own, the text width). */
  width?: number;
  /** The date of the bulletin's data: place names are those in force then. */
  asOf?: string;
}

export interface FigureData {
  /** Chart input; null for a `table` or `map` figure or when there is nothing to draw. */
  chart: ChartInput | null;
  /** A coverage map (geo/map-spec.ts), for a `map` figure of a country with boundaries. */
  map?: MapInput;
  /** The rows the figure shows (after selection), for tables/ and the table block. */
  rows: ResultRow[];
  /** Unweighted base of the figure (all of the section's respondents or records it counts). */
  base: number | null;
  suppressed: boolean;
  /** Categories left out of the chart because they are zero in every group (a note says so). */
  zeroDropped?: string[];
}

export interface FigureScope {
  /** ISO3 of the section; null for the regional comparison. */
  country: string | null;
  /** Countries of the bulletin, in section order (for the regional comparison). */
  countries: readonly string[];
  lang: Lang;
  minCell: number;
  /** Accepted records (interviews) of the section, the base of figures about everyone in it. */
  records?: number;
  /** The date of the bulletin's data (YYYY-MM-DD): country and place names are those in force then. */
  asOf?: string;
}

/** Answers that close a ranked list whatever their size. */
const RESIDUAL: ReadonlySet<string> = new Set(['other', 'none', 'dnk', 'pnta', '_missing']);

const PREFERRED_STATS = ['share', 'count', 'median', 'mean', 'sum', 'max'];

function figureRows(spec: FigureSpec, ind: IndicatorInfo, all: readonly ResultRow[], scope: FigureScope): ResultRow[] {
  const cd = countryDimOf(ind);
  const free = [spec.series, spec.by, scope.country === null ? cd : undefined].filter((d): d is string => d !== undefined);
  let rows = selectRows(all, { indicator: ind.id, countryDim: cd, country: scope.country, free, stat: spec.stat });
  if (scope.country === null) rows = rows.filter((r) => r.dims[cd] !== TOTAL && scope.countries.includes(r.dims[cd] ?? ''));
  for (const d of [spec.series, spec.by]) if (d) rows = rows.filter((r) => r.dims[d] !== TOTAL && r.dims[d] !== undefined);
  if (spec.category === TOTAL) rows = rows.filter((r) => r.category === undefined);
  else if (spec.category !== undefined) rows = rows.filter((r) => r.category === spec.category);
  else if (rows.some((r) => r.category !== undefined)) rows = rows.filter((r) => r.category !== undefined);
  // Provinces, countries and partners nobody in the section named are not drawn or tabled as zeros.
  if (isOpenList(spec.by ?? ind.variable, ind)) rows = rows.filter((r) => !(r.value === 0 && !r.suppressed && r.category !== undefined));
  if (spec.chart !== 'table' && spec.stat === undefined) {
    const stats = new Set(rows.map((r) => r.stat));
    const pick = PREFERRED_STATS.find((s) => stats.has(s as ResultRow['stat']));
    if (pick) rows = rows.filter((r) => r.stat === pick);
  }
  return rows;
}

export function figureData(spec: FigureSpec, ind: IndicatorInfo, all: readonly ResultRow[], scope: FigureScope): FigureData {
  const rows = figureRows(spec, ind, all, scope);
  const cd = countryDimOf(ind);
  const regional = scope.country === null;
  const base = baseOf(ind, all, scope);
  const suppressed = rows.some((r) => r.suppressed !== undefined);
  if (spec.chart === 'table') return { chart: null, rows, base, suppressed };
  if (spec.chart === 'map' && scope.country !== null && hasBoundaries(scope.country)) {
    const counts = rows
      .filter((r) => r.category !== undefined && r.category !== TOTAL && !r.suppressed && (r.value ?? 0) > 0)
      .map((r) => ({ code: r.category!, count: r.value ?? 0 }));
    if (counts.length === 0) return { chart: null, rows, base, suppressed };
    const measure = ind.instrument === 'survey' ? { en: 'Interviews', ru: 'Интервью' } : { en: 'People assisted', ru: 'Получатели помощи' };
    return { chart: null, map: { country: scope.country, counts, measure, ...(scope.asOf ? { asOf: scope.asOf } : {}) }, rows, base, suppressed };
  }
  const column = spec.by ?? ind.variable;
  const oneCategory = regional && !spec.by && !spec.series && spec.category !== undefined && spec.category !== TOTAL;
  const chartRows: ChartRow[] = [];
  const codeOf = new Map<string, string>();
  for (const r of rows) {
    const catCode = spec.by ? r.dims[spec.by] : oneCategory ? r.dims[cd] : r.category ?? (regional ? r.dims[cd] : undefined);
    if (catCode === undefined || catCode === TOTAL) continue;
    // Regional: one bar per country when there is no category to tell apart — the totals, or the
    // one category the figure keeps ("yes": the share with at least one vulnerability, by country).
    const catIsCountry = regional && !spec.by && (r.category === undefined || oneCategory);
    // Months on a column or line chart stay ISO: the chart names them to fit (charts/month-labels.ts).
    const isoMonth = (spec.chart === 'column' || spec.chart === 'line') && /^\d{4}-\d{2}$/.test(catCode);
    const label = catIsCountry ? codeLabel(catCode, 'citizenship', ind.instrument, scope.asOf) : isoMonth ? catCode : labelOf(catCode, column, ind, scope.lang, scope.asOf);
    let group: string | undefined;
    if (spec.series) group = codeLabel(r.dims[spec.series] ?? '', spec.series, ind.instrument, scope.asOf)[scope.lang];
    else if (regional && !catIsCountry) group = codeLabel(r.dims[cd] ?? '', 'citizenship', ind.instrument, scope.asOf)[scope.lang];
    const row: ChartRow = {
      category: typeof label === 'string' ? label : label[scope.lang],
      value: r.suppressed ? null : r.value,
      n: r.n,
      order: catIsCountry ? countryOrder(catCode, scope.countries) : orderOf(catCode, column, ind),
    };
    if (group !== undefined) row.group = group;
    if (r.suppressed) row.suppressed = r.suppressed;
    if (!catIsCountry && RESIDUAL.has(catCode)) row.residual = true;
    if (!catIsCountry) codeOf.set(row.category, catCode);
    chartRows.push(row);
  }
  if (chartRows.length === 0) return { chart: null, rows, base, suppressed };
  const type = chartType(spec, regional);
  // Options nobody chose, anywhere in the figure, are not drawn (a note says so).
  const zeroDropped = OPTION_CHARTS.has(type) && !oneCategory ? zeroEverywhere(spec, ind, all, rows, chartRows, codeOf) : [];
  if (zeroDropped.length > 0) chartRows.splice(0, chartRows.length, ...chartRows.filter((r) => !zeroDropped.includes(r.category)));
  const chart: ChartInput = {
    id: '',
    type,
    lang: scope.lang,
    rows: chartRows,
    valueKind: valueKind(rows, ind),
    threshold: scope.minCell,
  };
  const groups = chartRows.some((r) => r.group !== undefined) ? groupOrder(spec, ind, scope, regional) : undefined;
  if (groups && type === 'pyramid') {
    // Both sides are always drawn: a side nobody is on is a true zero for every age group.
    for (const g of groups) {
      if (chartRows.some((r) => r.group === g)) continue;
      for (const cat of [...new Set(chartRows.map((r) => r.category))]) {
        const like = chartRows.find((r) => r.category === cat)!;
        chartRows.push({ category: cat, group: g, value: 0, n: 0, ...(like.order !== undefined ? { order: like.order } : {}) });
      }
    }
    chart.groups = groups;
  } else if (groups) chart.groups = groups.filter((g) => chartRows.some((r) => r.group === g));
  // Ranked: what the template asks for, and every chart of the options of a multiple-choice
  // question (largest first, "Other" and "None" last).
  const colors = fixedColors(chartRows, rows, spec, ind, regional, cd, scope.lang, scope.asOf, codeOf);
  if (colors) chart.colors = colors;
  if (spec.palette) chart.palette = spec.palette;
  markBases(chart);
  if (spec.sort || (MULTI_STATISTICS.has(ind.statistic) && type !== 'column' && type !== 'line' && !spec.by)) chart.sortByValue = true;
  return { chart, rows, base, suppressed, ...(zeroDropped.length > 0 ? { zeroDropped } : {}) };
}

/** Charts of answer options: an option nobody chose says nothing there. */
const OPTION_CHARTS: ReadonlySet<ChartType> = new Set(['hbar', 'grouped-hbar', 'stacked100']);

/**
 * The categories of a chart of options that are a shown zero in every country of the bulletin
 * (every result row of the option, any country or group, none hidden), as long as some other
 * category is left to draw. Each country's chart then shows the same options.
 */
function zeroEverywhere(spec: FigureSpec, ind: IndicatorInfo, all: readonly ResultRow[], rows: readonly ResultRow[], chartRows: readonly ChartRow[], codeOf: ReadonlyMap<string, string>): string[] {
  const stat = rows[0]?.stat;
  const zeroCode = new Map<string, boolean>();
  for (const r of all) {
    if (r.indicator !== ind.id || r.stat !== stat) continue;
    const code = spec.by ? r.dims[spec.by] : r.category;
    if (code === undefined) continue;
    zeroCode.set(code, (zeroCode.get(code) ?? true) && r.suppressed === undefined && r.value === 0);
  }
  const cats = [...new Set(chartRows.map((r) => r.category))];
  const zero = cats.filter((c) => {
    const code = codeOf.get(c);
    return code !== undefined && zeroCode.get(code) === true && chartRows.every((r) => r.category !== c || (r.suppressed === undefined && r.value === 0));
  });
  return zero.length < cats.length ? zero : [];
}

/** Bars resting on fewer people than this are marked with their n and "†" (and a note says so). */
const SMALL_BASE = 30;
/** The mark of a bar on a small base, after its value and n: `57% (n = 7) †`. */
const SMALL_BASE_MARK = '†';

const BAR_TYPES: ReadonlySet<ChartType> = new Set(['hbar', 'grouped-hbar', 'bar', 'column', 'histogram']);
/** Bars of these kinds rest on a base of people (counts do not: a count is its own base). */
const MARKED_KINDS: ReadonlySet<ChartInput['valueKind']> = new Set(['share', 'usd', 'number']);

/**
 * A bar of shares carries its base where the bars' bases differ ("lost job, by sector": each
 * sector its own n) and wherever the base is small, where it is also marked: `45% (n = 9) †`. A
 * bar on a handful of people then never stands as tall as the rest without saying so, even when
 * every bar prints its n.
 */
function markBases(chart: ChartInput): void {
  if (!MARKED_KINDS.has(chart.valueKind) || !BAR_TYPES.has(chart.type)) return;
  const shown = chart.rows.filter((r) => !r.suppressed && r.value !== null && r.n !== undefined);
  // an amount or a number (a median, a mean) marks only its small bases: `$1,075 (n = 10) †`
  if (chart.valueKind !== 'share') {
    for (const r of shown) if (r.n! < SMALL_BASE) r.display = `${formatValue(r.value!, chart.valueKind, chart)} (${formatN(r.n!, chart.lang)})\u00a0${SMALL_BASE_MARK}`;
    return;
  }
  if (new Set(shown.map((r) => r.n)).size > 1 && chart.groups && seriesBases(chart, shown)) return;
  const differ = new Set(shown.map((r) => r.n)).size > 1;
  for (const r of shown) {
    if (!differ && r.n! >= SMALL_BASE) continue;
    r.display = `${formatValue(r.value!, 'share', chart)} (${formatN(r.n!, chart.lang)})${r.n! < SMALL_BASE ? `\u00a0${SMALL_BASE_MARK}` : ''}`;
  }
}

/**
 * Series whose bars each share one base (men, women): the base goes into the series' name in the
 * legend, "Men (n = 812)", instead of on every bar. False (nothing changed) when a series' bars
 * differ, or one is small.
 */
function seriesBases(chart: ChartInput, shown: readonly ChartRow[]): boolean {
  const base = new Map<string, number>();
  for (const r of shown) {
    const g = r.group ?? '';
    if ((base.has(g) && base.get(g) !== r.n) || r.n! < SMALL_BASE) return false;
    base.set(g, r.n!);
  }
  const rename = (g: string) => (base.has(g) ? `${g} (${formatN(base.get(g)!, chart.lang)})` : g);
  for (const r of chart.rows) if (r.group !== undefined) r.group = rename(r.group);
  chart.groups = chart.groups!.map(rename);
  if (chart.colors) chart.colors = Object.fromEntries(Object.entries(chart.colors).map(([k, v]) => [rename(k), v]));
  return true;
}

/** The bars of shares resting on fewer than SMALL_BASE people that do not print the mark. */
export function unmarkedSmallBases(chart: ChartInput | null): ChartRow[] {
  if (chart === null || !hasSmallBase(chart)) return [];
  return chart.rows.filter((r) => !r.suppressed && r.value !== null && r.n !== undefined && r.n < SMALL_BASE && !(r.display ?? '').includes(SMALL_BASE_MARK));
}

/** Whether a chart shows a bar resting on fewer than SMALL_BASE people (its note says so). */
export function hasSmallBase(chart: ChartInput | null): boolean {
  return chart !== null && MARKED_KINDS.has(chart.valueKind) && BAR_TYPES.has(chart.type) && chart.rows.some((r) => !r.suppressed && r.value !== null && r.n !== undefined && r.n < SMALL_BASE);
}

/**
 * Colours that mean one thing in every chart: the sexes (whether they are the categories, as in a
 * donut, or the series, as in a pyramid or a grouped bar), yes/no answers ("Yes" blue against "No"
 * orange, one further answer such as "Not needed" neutral) and the countries of the regional
 * comparison (never a sex's colour, nor a step of the ordered ramp).
 */
function fixedColors(
  chartRows: readonly ChartRow[],
  rows: readonly ResultRow[],
  spec: FigureSpec,
  ind: IndicatorInfo,
  regional: boolean,
  cd: string,
  lang: Lang,
  asOf: string | undefined,
  codeOf: ReadonlyMap<string, string>,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const column = spec.by ?? ind.variable;
  const sexLabel = (code: string) => codeLabel(code, 'sex', ind.instrument)[lang];
  if (column === 'sex' || spec.series === 'sex') for (const [code, color] of Object.entries(SEX_COLORS)) out[sexLabel(code)] = color;
  const answers = [...new Set(chartRows.map((r) => r.category))].map((label) => ({ label, code: codeOf.get(label) }));
  if (isYesNo(column, ind) && answers.every((a) => a.code !== undefined) && answers.filter((a) => a.code !== 'yes' && a.code !== 'no').length <= 1) {
    for (const a of answers) out[a.label] = a.code === 'yes' ? YES_NO_COLORS.yes! : a.code === 'no' ? YES_NO_COLORS.no! : YES_NO_COLORS.other!;
  }
  if (regional && !spec.series) {
    const countries = [...new Set(rows.map((r) => r.dims[cd]).filter((c): c is string => c !== undefined && c !== TOTAL))].sort(compareCountries);
    countries.forEach((c, i) => {
      const label = codeLabel(c, 'citizenship', ind.instrument, asOf)[lang];
      if (chartRows.some((r) => r.group === label)) out[label] = COUNTRY_COLORS[i % COUNTRY_COLORS.length]!;
    });
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A question answered yes or no (its code list holds both, perhaps with one more answer such as "Not needed"). */
function isYesNo(column: string | undefined, ind: IndicatorInfo): boolean {
  const codes = column ? instrument(ind.instrument).byName.get(column)?.codes?.map((c) => c.code) : undefined;
  return codes !== undefined && codes.includes('yes') && codes.includes('no');
}

/** Columns whose categories are not a fixed code list (countries, provinces): zeros are left out. */
function isOpenList(column: string | undefined, ind: IndicatorInfo): boolean {
  if (!column) return false;
  const type = instrument(ind.instrument).byName.get(column)?.type;
  return type === 'iso3' || type === 'admin1' || column === 'partner' || column === 'city';
}

function chartType(spec: FigureSpec, regional: boolean): ChartType {
  if (spec.chart === 'map') return 'hbar';
  if (spec.chart === 'table') return 'hbar';
  if (spec.chart === 'cross-table') return regional || spec.series ? 'grouped-hbar' : 'hbar';
  if (regional && (spec.chart === 'donut' || spec.chart === 'pyramid')) return 'stacked100';
  return spec.chart;
}

function valueKind(rows: readonly ResultRow[], ind: IndicatorInfo): ValueKind {
  if (ind.currency === 'USD') return 'usd';
  const stat = rows[0]?.stat;
  if (stat === 'share') return 'share';
  if (stat === 'count') return 'count';
  return 'number';
}

function labelOf(code: string, column: string | undefined, ind: IndicatorInfo, lang: Lang, asOf: string | undefined): Localized | string {
  if (/^\d{4}-\d{2}$/.test(code)) return formatMonth(code, lang);
  const band = bandLabel(code, column);
  if (band) return band;
  return codeLabel(code, column, ind.instrument, asOf);
}

function bandLabel(code: string, column: string | undefined): Localized | undefined {
  if (column === 'months_abroad_band') return MONTHS_ABROAD_BANDS.find((b) => b.code === code)?.label;
  if (column === 'months_stranded_band') return MONTHS_STRANDED_BANDS.find((b) => b.code === code)?.label;
  return undefined;
}

function orderOf(code: string, column: string | undefined, ind: IndicatorInfo): number | undefined {
  if (code === '_missing') return 1e6;
  if (code === 'dnk') return 1e6 - 2;
  if (code === 'pnta') return 1e6 - 1;
  if (/^\d{4}-\d{2}$/.test(code)) return Number(code.slice(0, 4)) * 12 + Number(code.slice(5, 7));
  if (column === 'age_group') {
    const groups = ind.instrument === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
    const i = groups.findIndex((g) => g.code === code);
    return i < 0 ? undefined : i;
  }
  for (const bands of [MONTHS_ABROAD_BANDS, MONTHS_STRANDED_BANDS]) {
    if (column?.endsWith('_band')) {
      const i = bands.findIndex((b) => b.code === code);
      if (i >= 0) return i;
    }
  }
  const col = column ? instrument(ind.instrument).byName.get(column) : undefined;
  const i = col?.codes?.findIndex((c) => c.code === code) ?? -1;
  return i < 0 ? undefined : i;
}

function countryOrder(code: string, countries: readonly string[]): number {
  const i = countries.indexOf(code);
  return i < 0 ? 999 : i;
}

function groupOrder(spec: FigureSpec, ind: IndicatorInfo, scope: FigureScope, regional: boolean): string[] | undefined {
  const lang = scope.lang;
  if (spec.series) {
    const col = instrument(ind.instrument).byName.get(spec.series);
    if (spec.series === 'age_group') {
      const groups = ind.instrument === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
      return groups.map((g) => g.label[lang]);
    }
    return col?.codes?.map((c) => c.label[lang]);
  }
  if (regional) return [...scope.countries].sort(compareCountries).map((c) => codeLabel(c, 'citizenship', ind.instrument, scope.asOf)[lang]);
  return undefined;
}

/**
 * The figure's base: the n of the section's total row of the indicator; for counts of one variable
 * over a subgroup (`where`), the sum of the category counts; for counts over everyone in the
 * section, the section's records; otherwise the largest n.
 */
function baseOf(ind: IndicatorInfo, all: readonly ResultRow[], scope: FigureScope): number | null {
  const cd = countryDimOf(ind);
  const countStat = ind.statistic === 'count' || ind.statistic === 'multi_count';
  if (countStat && (ind.where ?? []).length === 0 && scope.records !== undefined && ind.dimensions.length === 1) return scope.records;
  const section = (country: string | null) => {
    const rows = selectRows(all, { indicator: ind.id, countryDim: cd, country });
    if (rows.length === 0) return null;
    const total = rows.find((r) => r.category === undefined);
    if (total) return total.nHidden ? null : total.n;
    // a sum that includes a hidden cell is not printed
    if (ind.statistic === 'count') return rows.some((r) => r.nHidden || r.suppressed) ? null : rows.reduce((s, r) => s + r.n, 0);
    const shown = rows.filter((r) => !r.nHidden);
    return shown.length ? Math.max(...shown.map((r) => r.n)) : null;
  };
  if (scope.country !== null) return section(scope.country);
  const totals = section(null);
  if (totals !== null) return totals;
  const parts = scope.countries.map(section).filter((x): x is number => x !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}
