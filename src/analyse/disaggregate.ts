/**
 * The disaggregation core: one statistic of one variable, within every combination of the
 * dimension values (crossing any number of dimensions, usually one or two), with optional totals
 * (`_total` in place of a dimension's value), weights and 95 % intervals. Every row carries its
 * unweighted base `n`.
 *
 * Statistics:
 * - `count`: rows in the group (weighted: Σw); with a variable, one row per category
 *   (n = count = the category's unweighted count) and, with totals, the group total (no category).
 * - `share`: share of each category within the group; base = every row of the group (a missing
 *   answer is the category `_missing`), so the shares of a group sum to 1.
 * - `share_valid`: as share, but the base leaves out missing, `dnk` and `pnta`.
 * - `multi_share`: share of the respondents who answered a multi question that chose each option
 *   (may sum to more than 1); base = the respondents who answered it.
 * - `multi_count`: number of rows that chose each option.
 * - `mean`, `median`, `quartiles` (q1, median, q3), `min`, `max`, `range` (min, max), `sum` of a
 *   numeric column; base = the rows with a number. Quantiles: see quantile.ts.
 * - `distinct`: number of distinct values (e.g. partners); base = the rows with a value.
 */
import { resultKey, type ResultRow, type Stat } from './result.js';
import { Frame, MISSING, numberOf } from './frame.js';
import { groupRows, type Group } from './group-rows.js';
import { naturalCompare, type Compare } from './natural-compare.js';
import { kornGraubard, wilson } from './intervals.js';
import { quantile7, weightedQuantiles } from './quantile.js';
import { NON_RESPONSE_CODES } from '../schema/codes.js';
import type { Statistic } from '../schema/indicator.js';

export type { Statistic } from '../schema/indicator.js';
export { naturalCompare } from './natural-compare.js';

export const NUMERIC_STATISTICS: ReadonlySet<Statistic> = new Set(['mean', 'median', 'quartiles', 'min', 'max', 'range', 'sum']);
export const MULTI_STATISTICS: ReadonlySet<Statistic> = new Set(['multi_share', 'multi_count']);
export const SHARE_STATISTICS: ReadonlySet<Statistic> = new Set(['share', 'share_valid', 'multi_share']);

export type { Compare } from './natural-compare.js';

export interface DisaggregateSpec {
  indicator: string;
  statistic: Statistic;
  /** The column the statistic is about (not needed for a plain count). */
  variable?: string;
  dims: readonly string[];
  /** Add `_total` rows for every dimension (and their crossing). */
  totals?: boolean;
  /** Weight column: every row passed in must have a positive number in it. */
  weight?: string;
  /** 95 % intervals for shares. */
  ci?: boolean;
  /**
   * Weighted intervals: number of rows of the whole survey design that the groups are domains of
   * (R: the rows given to svydesign before any subset). Default: the rows passed in.
   */
  designSize?: number;
  /** Declared order of the variable's categories (others follow, sorted). */
  categories?: readonly string[];
  /** Order of the values of a dimension (default: declared codes, numbers, then text). */
  compare?: (dim: string) => Compare | undefined;
}

export function disaggregate(frame: Frame, rows: readonly number[], spec: DisaggregateSpec): ResultRow[] {
  return disaggregateGroups(frame, rows, groupRows(frame, rows, spec.dims, spec.totals === true, (d) => spec.compare?.(d)), spec);
}

/**
 * As disaggregate, with the groups already made (groupRows of these rows with the spec's dims,
 * totals and compare): for callers that compute several statistics over the same groups.
 */
export function disaggregateGroups(frame: Frame, rows: readonly number[], groups: readonly Group[], spec: DisaggregateSpec): ResultRow[] {
  const w = spec.weight ? frame.column(spec.weight) : null;
  const weightOf = (i: number): number => (w ? (w[i] as number) : 1);
  const out: ResultRow[] = [];
  const categories = categoriesOf(frame, rows, spec);
  for (const g of groups) {
    const dims = Object.create(null) as Record<string, string>; // dimension names are data
    spec.dims.forEach((d, k) => {
      dims[d] = g.codes[k] as string;
    });
    const make = (stat: Stat, value: number | null, n: number, extra: Partial<ResultRow> = {}, category?: string, multiStat = false): ResultRow => {
      let key = resultKey(spec.indicator, dims, category);
      if (multiStat) key += `|stat=${stat}`;
      const row: ResultRow = { key, indicator: spec.indicator, dims: { ...dims }, stat, value, n, weighted: w !== null, ...extra };
      if (category !== undefined) row.category = category;
      return row;
    };
    computeGroup(frame, g.rows, spec, categories, weightOf, w !== null, make, out, rows.length);
  }
  return out;
}

type Make = (stat: Stat, value: number | null, n: number, extra?: Partial<ResultRow>, category?: string, multiStat?: boolean) => ResultRow;

function computeGroup(
  frame: Frame,
  rows: readonly number[],
  spec: DisaggregateSpec,
  categories: readonly string[],
  weightOf: (i: number) => number,
  weighted: boolean,
  make: Make,
  out: ResultRow[],
  allRows: number,
): void {
  const v = spec.variable;
  const design = spec.designSize ?? allRows;
  const sumW = (rs: readonly number[]) => rs.reduce((s, i) => s + weightOf(i), 0);
  switch (spec.statistic) {
    case 'count': {
      if (v === undefined) {
        out.push(make('count', weighted ? sumW(rows) : rows.length, rows.length, { count: rows.length }));
        return;
      }
      // one pass over the rows: count (and weight) per category id, each sum in row order
      const { labels, ids } = frame.valueIds(v);
      const counts = new Array<number>(labels.length).fill(0);
      const sums = new Array<number>(labels.length).fill(0);
      for (const i of rows) {
        const id = ids[i] as number;
        counts[id] = (counts[id] as number) + 1;
        if (weighted) sums[id] = (sums[id] as number) + weightOf(i);
      }
      for (const c of categories) {
        const id = labels.indexOf(c);
        const count = id < 0 ? 0 : (counts[id] as number);
        out.push(make('count', weighted ? (id < 0 ? 0 : (sums[id] as number)) : count, count, { count }, c));
      }
      if (spec.totals) out.push(make('count', weighted ? sumW(rows) : rows.length, rows.length, { count: rows.length }));
      return;
    }
    case 'share':
    case 'share_valid': {
      const { labels, ids } = frame.valueIds(v as string);
      const valid = Uint8Array.from(labels, (c) => (isValid(c) ? 1 : 0));
      const base = spec.statistic === 'share' ? [...rows] : rows.filter((i) => valid[ids[i] as number] === 1);
      const ws = weighted ? baseWeights(base, weightOf) : null;
      for (const c of categories) {
        // id -1 (never equal) for a declared category not in the data
        out.push(shareRow(make, outcomesOfId(base, ids, labels.indexOf(c)), ws, spec.ci === true, c, design));
      }
      return;
    }
    case 'multi_share': {
      const q = v as string;
      const answered = frame.answeredFlags(q);
      const base = rows.filter((i) => answered[i] === 1);
      const ws = weighted ? baseWeights(base, weightOf) : null;
      for (const o of categories) {
        const chosen = frame.chosenFlags(q, o);
        out.push(shareRow(make, outcomesOfFlags(base, chosen), ws, spec.ci === true, o, design));
      }
      return;
    }
    case 'multi_count': {
      const q = v as string;
      for (const o of categories) {
        const chosen = frame.chosenFlags(q, o);
        const hit = rows.filter((i) => chosen[i] === 1);
        out.push(make('count', weighted ? sumW(hit) : hit.length, hit.length, { count: hit.length }, o));
      }
      return;
    }
    case 'distinct': {
      const codes = frame.valueCodes(v as string);
      const base = rows.filter((i) => codes[i] !== MISSING);
      const distinct = new Set(base.map((i) => codes[i]));
      out.push(make('count', distinct.size, base.length, { weighted: false }));
      return;
    }
    default:
      numericRows(frame, rows, spec, weightOf, weighted, make, out);
  }
}

function numericRows(
  frame: Frame,
  rows: readonly number[],
  spec: DisaggregateSpec,
  weightOf: (i: number) => number,
  weighted: boolean,
  make: Make,
  out: ResultRow[],
): void {
  const col = frame.column(spec.variable as string);
  const base = rows.filter((i) => numberOf(col[i]) !== null);
  const xs = base.map((i) => col[i] as number);
  const ws = base.map(weightOf);
  const n = base.length;
  // the values are sorted once for all the quantiles of the group
  let quantileOf: ((p: number) => number | null) | undefined;
  const q = (p: number): number | null => {
    if (n === 0) return null;
    if (!quantileOf) {
      if (weighted) quantileOf = weightedQuantiles(xs, ws);
      else {
        const sorted = [...xs].sort((a, b) => a - b);
        quantileOf = (p) => quantile7(sorted, p);
      }
    }
    return quantileOf(p);
  };
  const min = n === 0 ? null : xs.reduce((a, b) => Math.min(a, b));
  const max = n === 0 ? null : xs.reduce((a, b) => Math.max(a, b));
  switch (spec.statistic) {
    case 'mean': {
      let sw = 0;
      let swx = 0;
      for (let k = 0; k < n; k++) {
        sw += ws[k] as number;
        swx += (ws[k] as number) * (xs[k] as number);
      }
      out.push(make('mean', n === 0 ? null : swx / sw, n));
      return;
    }
    case 'sum': {
      let s = 0;
      for (let k = 0; k < n; k++) s += (ws[k] as number) * (xs[k] as number);
      out.push(make('sum', s, n));
      return;
    }
    case 'median':
      out.push(make('median', q(0.5), n));
      return;
    case 'quartiles':
      out.push(make('q1', q(0.25), n, {}, undefined, true));
      out.push(make('median', q(0.5), n, {}, undefined, true));
      out.push(make('q3', q(0.75), n, {}, undefined, true));
      return;
    case 'min':
      out.push(make('min', min, n, { weighted: false }));
      return;
    case 'max':
      out.push(make('max', max, n, { weighted: false }));
      return;
    case 'range':
      out.push(make('min', min, n, { weighted: false }, undefined, true));
      out.push(make('max', max, n, { weighted: false }, undefined, true));
      return;
    default:
      throw new Error(`statistic ${spec.statistic} is not numeric`);
  }
}

/** The weights of the base rows, computed once per group for all its categories' shares. */
function baseWeights(base: readonly number[], weightOf: (i: number) => number): Float64Array {
  const w = new Float64Array(base.length);
  for (let k = 0; k < base.length; k++) w[k] = weightOf(base[k] as number);
  return w;
}

/** 1 for each base row whose id is `id`, else 0 (plain loops: TypedArray.from with a map function is slow). */
function outcomesOfId(base: readonly number[], ids: Int32Array, id: number): Uint8Array {
  const y = new Uint8Array(base.length);
  for (let k = 0; k < base.length; k++) if (ids[base[k] as number] === id) y[k] = 1;
  return y;
}

/** The flag of each base row (1 chosen, 0 not). */
function outcomesOfFlags(base: readonly number[], flags: Uint8Array): Uint8Array {
  const y = new Uint8Array(base.length);
  for (let k = 0; k < base.length; k++) y[k] = flags[base[k] as number] as number;
  return y;
}

/**
 * One category's share of the base: `y` holds 1 for each base row in the category, else 0;
 * `weights` (of the base rows) when weighted, else null.
 */
function shareRow(
  make: Make,
  y: Uint8Array,
  weights: Float64Array | null,
  ci: boolean,
  category: string,
  designSize: number,
): ResultRow {
  const n = y.length;
  let count = 0;
  for (let k = 0; k < n; k++) count += y[k] as number;
  if (n === 0) return make('share', null, 0, { count: 0, ...(ci ? { ci_low: null, ci_high: null } : {}) }, category);
  if (!weights) {
    const extra: Partial<ResultRow> = { count };
    if (ci) {
      const iv = wilson(count, n);
      extra.ci_low = iv ? iv.low : null;
      extra.ci_high = iv ? iv.high : null;
      extra.ci_method = 'wilson';
    }
    return make('share', count / n, n, extra, category);
  }
  const kg = kornGraubard(y, weights, designSize);
  const extra: Partial<ResultRow> = { count };
  if (ci) {
    extra.ci_low = kg.interval ? kg.interval.low : null;
    extra.ci_high = kg.interval ? kg.interval.high : null;
    extra.ci_method = 'korn-graubard';
  }
  extra.se = kg.se;
  return make('share', kg.p, n, extra, category);
}

function isValid(code: string): boolean {
  return code !== MISSING && !NON_RESPONSE_CODES.has(code);
}

/** The categories of the variable: declared ones first, then those observed, non-response last. */
function categoriesOf(frame: Frame, rows: readonly number[], spec: DisaggregateSpec): string[] {
  const v = spec.variable;
  if (v === undefined || NUMERIC_STATISTICS.has(spec.statistic) || spec.statistic === 'distinct') return [];
  if (MULTI_STATISTICS.has(spec.statistic)) {
    const declared = spec.categories ?? frame.options(v);
    const extra = frame.options(v).filter((o) => !declared.includes(o));
    return [...declared, ...extra];
  }
  // the codes present, in order of first appearance among the rows (the order ties keep below)
  const { labels, ids } = frame.valueIds(v);
  const met = new Uint8Array(labels.length);
  const seen = new Set<string>();
  for (const i of rows) {
    const id = ids[i] as number;
    if (met[id] === 0) {
      met[id] = 1;
      seen.add(labels[id] as string);
    }
  }
  const declared = [...(spec.categories ?? [])];
  const rest = [...seen].filter((c) => !declared.includes(c) && !NON_RESPONSE_CODES.has(c) && c !== MISSING).sort(naturalCompare);
  const tail = ['dnk', 'pnta', MISSING].filter((c) => seen.has(c));
  let all = [...declared.filter((c) => c !== MISSING && !NON_RESPONSE_CODES.has(c)), ...rest, ...tail];
  if (spec.statistic === 'share_valid') all = all.filter(isValid);
  if (spec.statistic === 'count' && !seen.has(MISSING)) all = all.filter((c) => c !== MISSING);
  return all;
}
