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
import { rollupGroups, wilsonCell, type OpCall, type ShareCell } from './aggregates.js';
import { tallyGroups } from './tally-groups.js';
import { NON_RESPONSE_CODES } from '../schema/codes.js';
import type { Statistic } from '../schema/indicator.js';

const NUMERIC_STATISTICS: ReadonlySet<Statistic> = new Set(['mean', 'median', 'quartiles', 'min', 'max', 'range', 'sum']);
export const MULTI_STATISTICS: ReadonlySet<Statistic> = new Set(['multi_share', 'multi_count']);
export const SHARE_STATISTICS: ReadonlySet<Statistic> = new Set(['share', 'share_valid', 'multi_share']);

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
  /**
   * Called for every row made, with the rows (indices into the frame) its base `n` counts and, for
   * counts and shares, the rows its numerator counts: the disclosure control links cells of
   * different indicators that count the same people (analyse/sdc/cell-sets.ts).
   */
  onSets?: (row: ResultRow, base: readonly number[], numerator: readonly number[] | null) => void;
}

export function disaggregate(frame: Frame, rows: readonly number[], spec: DisaggregateSpec): ResultRow[] {
  return countedShares(frame, rows, spec) ?? disaggregateGroups(frame, rows, groupRows(frame, rows, spec.dims, spec.totals === true, (d) => spec.compare?.(d)), spec);
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
  const design = spec.designSize ?? rows.length;
  const rolled = SHARE_STATISTICS.has(spec.statistic)
    ? rollupShares(frame, groups, spec, categories, w, design)
    : NUMERIC_STATISTICS.has(spec.statistic)
      ? rollupNumeric(frame, groups, spec, w)
      : undefined;
  groups.forEach((g, k) => {
    const make = maker(spec, g.codes, w !== null);
    if (spec.onSets) {
      const made: ResultRow[] = [];
      if (rolled) rolled(k, make, made);
      else countGroup(frame, g.rows, spec, categories, weightOf, w !== null, make, made);
      const sets = groupSets(frame, g.rows, spec);
      for (const r of made) {
        const s = sets(r);
        spec.onSets(r, s.base, s.numerator);
        out.push(r);
      }
    } else if (rolled) rolled(k, make, out);
    else countGroup(frame, g.rows, spec, categories, weightOf, w !== null, make, out);
  });
  return out;
}

type Make = (stat: Stat, value: number | null, n: number, extra?: Partial<ResultRow>, category?: string, multiStat?: boolean) => ResultRow;

/** Makes the result rows of the group with these codes (one per dimension). */
function maker(spec: DisaggregateSpec, codes: readonly string[], weighted: boolean): Make {
  const dims = Object.create(null) as Record<string, string>; // dimension names are data
  spec.dims.forEach((d, j) => {
    dims[d] = codes[j] as string;
  });
  return (stat, value, n, extra = {}, category, multiStat = false) => {
    let key = resultKey(spec.indicator, dims, category);
    if (multiStat) key += `|stat=${stat}`;
    const row: ResultRow = { key, indicator: spec.indicator, dims: { ...dims }, stat, value, n, weighted, ...extra };
    if (category !== undefined) row.category = category;
    return row;
  };
}

/**
 * Unweighted share and share_valid of a one-code variable within one-code dimensions, without
 * totals or disclosure sets, from counts (tally-groups.ts): the rows disaggregateGroups makes,
 * without listing any group's rows. Null when the spec needs the listed rows.
 */
function countedShares(frame: Frame, rows: readonly number[], spec: DisaggregateSpec): ResultRow[] | null {
  const v = spec.variable;
  if ((spec.statistic !== 'share' && spec.statistic !== 'share_valid') || v === undefined || frame.isMulti(v)) return null;
  if (spec.weight !== undefined || spec.onSets !== undefined || spec.totals === true) return null;
  const t = tallyGroups(frame, rows, spec.dims, v, (d) => spec.compare?.(d));
  if (t === null) return null;
  const categories = orderCategories(t.seen, spec);
  const { labels } = frame.valueIds(v);
  const idOf = categories.map((c) => labels.indexOf(c));
  // share_valid's base: the group's rows of valid codes
  const validIds = spec.statistic === 'share_valid' ? labels.flatMap((c, id) => (isValid(c) ? [id] : [])) : null;
  const out: ResultRow[] = [];
  for (const g of t.groups) {
    let n = g.size;
    if (validIds) {
      n = 0;
      for (const id of validIds) n += g.tally[id] as number;
    }
    pushShares(categories, n, (k) => wilsonCell(g.tally[idOf[k] as number] ?? 0, n), spec.ci === true, false, maker(spec, g.codes, false), out);
  }
  return out;
}

/** The rows of group k, from a rollup over every group (aggregates.ts). */
type Rolled = (k: number, make: Make, out: ResultRow[]) => void;

/** Counts: per category (one pass over the group's rows, each sum in row order), of options, of distinct values. */
function countGroup(
  frame: Frame,
  rows: readonly number[],
  spec: DisaggregateSpec,
  categories: readonly string[],
  weightOf: (i: number) => number,
  weighted: boolean,
  make: Make,
  out: ResultRow[],
): void {
  const v = spec.variable;
  const sumW = (rs: readonly number[]) => rs.reduce((s, i) => s + weightOf(i), 0);
  switch (spec.statistic) {
    case 'count': {
      if (v === undefined) {
        out.push(make('count', weighted ? sumW(rows) : rows.length, rows.length, { count: rows.length }));
        return;
      }
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
      const { labels, ids } = frame.valueIds(v as string);
      const base = rows.filter((i) => labels[ids[i] as number] !== MISSING);
      const distinct = new Set(base.map((i) => ids[i]));
      out.push(make('count', distinct.size, base.length, { weighted: false }));
      return;
    }
    default:
      throw new Error(`statistic ${spec.statistic} is not a count`);
  }
}

/** One entry per (group, base row): the group's index `g` and the row, in group order, each group's rows in row order. */
interface Entries {
  g: Int32Array;
  rows: Int32Array;
  /** With `codes`: each entry's `index[ids[row]]`, gathered in the same pass. */
  k?: Int32Array;
}

/** A row's category index: `index[ids[i]]`. */
interface Codes {
  ids: ArrayLike<number>;
  index: Int32Array;
}

function entries(groups: readonly Group[], inBase: Uint8Array | null, codes?: Codes): Entries {
  let size = 0;
  for (const g of groups) {
    if (!inBase) size += g.rows.length;
    else for (let j = 0; j < g.rows.length; j++) size += inBase[g.rows[j] as number] as number;
  }
  const g = new Int32Array(size);
  const rows = new Int32Array(size);
  const k = codes ? new Int32Array(size) : undefined;
  const ids = codes?.ids;
  const index = codes?.index;
  let at = 0;
  // indexed loops, one per case, the category index gathered in the same pass: a warm query runs
  // each loop once, mostly before it is optimised, so every pass over the rows and every test per
  // row it need not make costs (`for … of` and `forEach` cost most there)
  for (let q = 0; q < groups.length; q++) {
    const part = (groups[q] as Group).rows;
    if (inBase) {
      for (let j = 0; j < part.length; j++) {
        const i = part[j] as number;
        if (inBase[i] !== 1) continue;
        g[at] = q;
        if (k && ids && index) k[at] = index[ids[i] as number] as number;
        rows[at++] = i;
      }
      continue;
    }
    g.fill(q, at, at + part.length);
    if (k && ids && index) {
      for (let j = 0; j < part.length; j++) {
        const i = part[j] as number;
        rows[at] = i;
        k[at++] = index[ids[i] as number] as number;
      }
    } else for (let j = 0; j < part.length; j++) rows[at++] = part[j] as number;
  }
  return { g, rows, ...(k ? { k } : {}) };
}

/** The value of each entry's row (a typed column for rollupGroups). */
function gather<T extends Uint8Array | Int32Array | Float64Array>(into: T, rows: Int32Array, values: ArrayLike<unknown>): T {
  for (let j = 0; j < rows.length; j++) into[j] = values[rows[j] as number] as number;
  return into;
}

/** The weight of each entry's row: 1 without a weight column (bytes, which hold no NaN to look for). */
function weights(rows: Int32Array, w: readonly unknown[] | null): Float64Array | Uint8Array {
  return w ? gather(new Float64Array(rows.length), rows, w) : new Uint8Array(rows.length).fill(1);
}

/**
 * share, share_valid, multi_share: each category's share of the group's base (a 0/1 outcome per
 * base row), weighted with its Korn–Graubard interval, else with its Wilson interval.
 */
function rollupShares(frame: Frame, groups: readonly Group[], spec: DisaggregateSpec, categories: readonly string[], w: readonly unknown[] | null, design: number): Rolled {
  const weighted = w !== null;
  const v = spec.variable as string;
  const ops: Record<string, OpCall> = { n: { op: 'rows', fields: [] } };
  let e: Entries;
  let columns: Record<string, ArrayLike<number>>;
  if (spec.statistic === 'multi_share') {
    // one 0/1 outcome column per option (a respondent may choose several)
    e = entries(groups, frame.answeredFlags(v));
    columns = {};
    categories.forEach((o, k) => {
      columns[`y${k}`] = gather(new Uint8Array(e.rows.length), e.rows, frame.chosenFlags(v, o));
      ops[`share${k}`] = weighted ? { op: 'weighted_share', fields: [`y${k}`, 'w'], params: [design] } : { op: 'wilson_share', fields: [`y${k}`] };
    });
  } else {
    // one column of category indices (-1: none of them; a declared category not in the data never matches)
    const { labels, ids } = frame.valueIds(v);
    const valid = Uint8Array.from(labels, (c) => (isValid(c) ? 1 : 0));
    const index = Int32Array.from(labels, (c) => categories.indexOf(c));
    e = entries(groups, spec.statistic === 'share' ? null : gather(new Uint8Array(ids.length), ids, valid), { ids, index });
    columns = { k: e.k as Int32Array };
    categories.forEach((_, k) => {
      ops[`share${k}`] = weighted ? { op: 'weighted_share_of', fields: ['k', 'w'], params: [k, design] } : { op: 'wilson_share_of', fields: ['k', 'w'], params: [k] };
    });
  }
  const r = rollupGroups({ g: e.g, w: weights(e.rows, w), ...columns }, groups.length, ops);
  return (g, make, out) => pushShares(categories, (r.n?.[g] as number | undefined) ?? 0, (k) => r[`share${k}`]?.[g] as ShareCell, spec.ci === true, weighted, make, out);
}

/** The share rows of one group of base n: one per category, `cell(k)` the k-th category's cell (asked only when n > 0). */
function pushShares(categories: readonly string[], n: number, cell: (k: number) => ShareCell, ci: boolean, weighted: boolean, make: Make, out: ResultRow[]): void {
  categories.forEach((c, k) => {
    if (n === 0) {
      out.push(make('share', null, 0, { count: 0, ...(ci ? { ci_low: null, ci_high: null } : {}) }, c));
      return;
    }
    const s = cell(k);
    const extra: Partial<ResultRow> = { count: s.count };
    if (ci) {
      extra.ci_low = s.low;
      extra.ci_high = s.high;
      extra.ci_method = weighted ? 'korn-graubard' : 'wilson';
    }
    if (weighted) extra.se = s.se ?? null;
    out.push(make('share', s.p, n, extra, c));
  });
}

/** mean, sum, median, quartiles, min, max, range of the group's numbers (base = the rows with one). */
function rollupNumeric(frame: Frame, groups: readonly Group[], spec: DisaggregateSpec, w: readonly unknown[] | null): Rolled {
  const weighted = w !== null;
  const col = frame.column(spec.variable as string);
  const call = (op: OpCall['op'], ...params: number[]): OpCall => ({ op, fields: ['x', 'w'], params });
  const quantile = (p: number) => call(weighted ? 'weighted_quantile' : 'type7_quantile', p);
  const least = call('least');
  const greatest = call('greatest');
  const byStatistic: Partial<Record<Statistic, [Stat, OpCall][]>> = {
    mean: [['mean', call('weighted_mean')]],
    sum: [['sum', call('weighted_sum')]],
    median: [['median', quantile(0.5)]],
    quartiles: [['q1', quantile(0.25)], ['median', quantile(0.5)], ['q3', quantile(0.75)]],
    min: [['min', least]],
    max: [['max', greatest]],
    range: [['min', least], ['max', greatest]],
  };
  const stats = byStatistic[spec.statistic];
  if (!stats) throw new Error(`statistic ${spec.statistic} is not numeric`);
  const ops: Record<string, OpCall> = { n: { op: 'rows', fields: [] } };
  for (const [stat, expr] of stats) ops[stat] = expr;
  const e = entries(groups, Uint8Array.from(col, (v) => (numberOf(v) !== null ? 1 : 0)));
  const r = rollupGroups({ g: e.g, w: weights(e.rows, w), x: gather(new Float64Array(e.rows.length), e.rows, col) }, groups.length, ops);
  // min and max describe the respondents: never weighted; several stats of one indicator get their own keys
  const extra: Partial<ResultRow> = spec.statistic === 'min' || spec.statistic === 'max' || spec.statistic === 'range' ? { weighted: false } : {};
  return (g, make, out) => {
    const n = (r.n?.[g] as number | undefined) ?? 0;
    for (const [stat] of stats) {
      const value = n === 0 ? (stat === 'sum' ? 0 : null) : (r[stat]?.[g] as number);
      out.push(make(stat, value, n, extra, undefined, stats.length > 1));
    }
  };
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
  for (let r = 0; r < rows.length; r++) {
    const id = ids[rows[r] as number] as number;
    if (met[id] === 0) {
      met[id] = 1;
      seen.add(labels[id] as string);
    }
  }
  return orderCategories(seen, spec);
}

/** The categories of a one-code variable from the codes `seen` among the rows (in order of first appearance). */
function orderCategories(seen: ReadonlySet<string>, spec: DisaggregateSpec): string[] {
  const declared = [...(spec.categories ?? [])];
  const rest = [...seen].filter((c) => !declared.includes(c) && !NON_RESPONSE_CODES.has(c) && c !== MISSING).sort(naturalCompare);
  const tail = ['dnk', 'pnta', MISSING].filter((c) => seen.has(c));
  let all = [...declared.filter((c) => c !== MISSING && !NON_RESPONSE_CODES.has(c)), ...rest, ...tail];
  if (spec.statistic === 'share_valid') all = all.filter(isValid);
  if (spec.statistic === 'count' && !seen.has(MISSING)) all = all.filter((c) => c !== MISSING);
  return all;
}

/** The rows of `rows` split by their code id (row order kept in each part); a part may be missing: no row has that code. */
function byValueId(rows: readonly number[], ids: ArrayLike<number>, size: number): (number[] | undefined)[] {
  const parts = new Array<number[] | undefined>(size);
  for (const i of rows) {
    const id = ids[i] as number;
    const part = parts[id];
    if (part) part.push(i);
    else parts[id] = [i];
  }
  return parts;
}

/** The rows of `rows` whose flag is 1, in order. */
function flagged(rows: readonly number[], flags: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    if (flags[i] === 1) out.push(i);
  }
  return out;
}

/** The rows of `rows` that `keep`, in order. */
function rowsWhere(rows: readonly number[], keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    if (keep(i)) out.push(i);
  }
  return out;
}

type Sets = { base: readonly number[]; numerator: readonly number[] | null };

/**
 * The rows each result row of one group counts: its base (what `n` counts) and numerator (what
 * `count` counts, for counts and shares). Mirrors countGroup and the rollups (aggregates.ts); only
 * used for disclosure control. What the rows of a group share (the base, the rows of each
 * category) is computed once per group, on first use, not once per result row.
 */
function groupSets(frame: Frame, rows: readonly number[], spec: DisaggregateSpec): (r: ResultRow) => Sets {
  const v = spec.variable;
  const none: number[] = [];
  const once = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    let made = false;
    return () => {
      if (!made) {
        value = make();
        made = true;
      }
      return value as T;
    };
  };
  switch (spec.statistic) {
    case 'count': {
      if (v === undefined) return () => ({ base: rows, numerator: rows });
      const { labels, ids } = frame.valueIds(v);
      const parts = once(() => byValueId(rows, ids, labels.length));
      return (r) => {
        if (r.category === undefined) return { base: rows, numerator: rows };
        const hit = parts()[labels.indexOf(r.category)] ?? none;
        return { base: hit, numerator: hit };
      };
    }
    case 'share':
    case 'share_valid': {
      const { labels, ids } = frame.valueIds(v as string);
      const valid = Uint8Array.from(labels, (c) => (isValid(c) ? 1 : 0));
      const base = spec.statistic === 'share' ? rows : rowsWhere(rows, (i) => valid[ids[i] as number] === 1);
      const parts = once(() => byValueId(base, ids, labels.length));
      return (r) => ({ base, numerator: parts()[labels.indexOf(r.category as string)] ?? none });
    }
    case 'multi_share': {
      const base = flagged(rows, frame.answeredFlags(v as string));
      return (r) => ({ base, numerator: flagged(base, frame.chosenFlags(v as string, r.category as string)) });
    }
    case 'multi_count':
      return (r) => {
        const hit = flagged(rows, frame.chosenFlags(v as string, r.category as string));
        return { base: hit, numerator: hit };
      };
    case 'distinct': {
      const { labels, ids } = frame.valueIds(v as string);
      const base = once(() => rows.filter((i) => labels[ids[i] as number] !== MISSING));
      return () => ({ base: base(), numerator: null });
    }
    default: {
      const col = frame.column(v as string);
      const base = once(() => rows.filter((i) => numberOf(col[i]) !== null));
      return () => ({ base: base(), numerator: null });
    }
  }
}
