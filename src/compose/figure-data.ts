/**
 * One figure of one section: picks its result rows, turns them into the chart's input (labels in
 * the bulletin's language, order, series) and into the table written beside the PDF.
 *
 *   ResultRow[] ─select (section, dims, category)─▶ rows ─labels, order─▶ ChartInput + TableData
 */
import { MONTHS_ABROAD_BANDS, MONTHS_STRANDED_BANDS } from '../analyse/derived.js';
import type { ResultRow } from '../analyse/result.js';
import type { ChartInput, ChartRow, ChartType, ValueKind } from '../charts/types.js';
import { formatMonth } from '../i18n/date.js';
import type { Lang } from '../i18n/lang.js';
import { ASSISTANCE_AGE_GROUPS, SURVEY_AGE_GROUPS } from '../schema/age-groups.js';
import { compareCountries } from '../schema/countries.js';
import { instrument } from '../schema/instruments.js';
import type { FigureSpec, Localized } from '../schema/template.js';
import { hasBoundaries } from '../geo/boundaries.js';
import { countryDimOf, type IndicatorInfo } from './indicator-info.js';
import { codeLabel } from './labels.js';
import { selectRows, TOTAL } from './select-rows.js';

export interface TableData {
  columns: string[];
  rows: (string | number | null)[][];
}

export interface MapInput {
  country: string;
  /** Records per province (ISO 3166-2 code); hidden small counts are left out. */
  counts: Array<{ code: string; count: number }>;
  /** What is counted, for the map's legend. */
  measure: Localized;
  /** Width of the drawing in points (default: the map's own, the text width). */
  width?: number;
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
}

const PREFERRED_STATS = ['share', 'count', 'median', 'mean', 'sum', 'max'];

export function figureRows(spec: FigureSpec, ind: IndicatorInfo, all: readonly ResultRow[], scope: FigureScope): ResultRow[] {
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
    return { chart: null, map: { country: scope.country, counts, measure }, rows, base, suppressed };
  }
  const column = spec.by ?? ind.variable;
  const chartRows: ChartRow[] = [];
  for (const r of rows) {
    const catCode = spec.by ? r.dims[spec.by] : r.category ?? (regional ? r.dims[cd] : undefined);
    if (catCode === undefined || catCode === TOTAL) continue;
    const catIsCountry = regional && !spec.by && r.category === undefined;
    const label = catIsCountry ? codeLabel(catCode, 'citizenship', ind.instrument) : labelOf(catCode, column, ind, scope.lang);
    let group: string | undefined;
    if (spec.series) group = codeLabel(r.dims[spec.series] ?? '', spec.series, ind.instrument)[scope.lang];
    else if (regional && !catIsCountry) group = codeLabel(r.dims[cd] ?? '', 'citizenship', ind.instrument)[scope.lang];
    const row: ChartRow = {
      category: typeof label === 'string' ? label : label[scope.lang],
      value: r.suppressed ? null : r.value,
      n: r.n,
      order: catIsCountry ? countryOrder(catCode, scope.countries) : orderOf(catCode, column, ind),
    };
    if (group !== undefined) row.group = group;
    if (r.suppressed) row.suppressed = r.suppressed;
    chartRows.push(row);
  }
  if (chartRows.length === 0) return { chart: null, rows, base, suppressed };
  const type = chartType(spec, regional);
  const chart: ChartInput = {
    id: '',
    type,
    lang: scope.lang,
    rows: chartRows,
    valueKind: valueKind(rows, ind),
    threshold: scope.minCell,
  };
  const groups = chartRows.some((r) => r.group !== undefined) ? groupOrder(spec, ind, scope, regional, cd) : undefined;
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
  if (spec.sort) chart.sortByValue = true;
  return { chart, rows, base, suppressed };
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

function labelOf(code: string, column: string | undefined, ind: IndicatorInfo, lang: Lang): Localized | string {
  if (/^\d{4}-\d{2}$/.test(code)) return formatMonth(code, lang);
  const band = bandLabel(code, column);
  if (band) return band;
  return codeLabel(code, column, ind.instrument);
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

function groupOrder(spec: FigureSpec, ind: IndicatorInfo, scope: FigureScope, regional: boolean, cd: string): string[] | undefined {
  const lang = scope.lang;
  if (spec.series) {
    const col = instrument(ind.instrument).byName.get(spec.series);
    if (spec.series === 'age_group') {
      const groups = ind.instrument === 'survey' ? SURVEY_AGE_GROUPS : ASSISTANCE_AGE_GROUPS;
      return groups.map((g) => g.label[lang]);
    }
    return col?.codes?.map((c) => c.label[lang]);
  }
  if (regional) return [...scope.countries].sort(compareCountries).map((c) => codeLabel(c, cd === 'office' ? 'citizenship' : 'citizenship', ind.instrument)[lang]);
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
    if (total) return total.n;
    if (ind.statistic === 'count') return rows.reduce((s, r) => s + r.n, 0);
    return Math.max(...rows.map((r) => r.n));
  };
  if (scope.country !== null) return section(scope.country);
  const totals = section(null);
  if (totals !== null) return totals;
  const parts = scope.countries.map(section).filter((x): x is number => x !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}
