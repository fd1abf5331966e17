/**
 * The disclosure model of one instrument's results: every published count (a cell's value, its
 * base `n`, a share's numerator `count`) is a variable — the set of rows it counts, interned in
 * CellSets, so that the same people counted in two tables, a narrative or the methodology box are
 * one variable — and the tables' additive structure is a list of linear relations:
 *
 * - along each dimension with a `_total`, the cells that differ only in that dimension add up to
 *   the total cell (`=` when their sizes do, else `≤`: a missing dimension value leaves rows out);
 * - the categories of a single-choice variable add up to their group (a count's total row, a
 *   share's base);
 * - a subset never exceeds its superset (found on the row sets, see subsets()).
 *
 * Multi-valued dimensions and multiple-choice options give no additive line (a person may be in
 * several), only the subset relations.
 */
import type { ResultRow } from '../result.js';
import { TOTAL } from '../frame.js';
import { isSubset, type CellSets, type CellVar } from './cell-sets.js';

interface Line {
  vars: number[];
  coefs: number[];
  /** Σ coefs·x op 0. */
  op: '=' | '<=';
  /** The indicator the line comes from (for messages). */
  indicator: string;
}

/** x[sub] ≤ x[sup]. */
export interface Subset {
  sub: number;
  sup: number;
}

export interface RowVars {
  /** The variable of the row's base `n`. */
  base: number;
  /** The variable of the row's numerator (`count`; for counts the same as base), or null. */
  num: number | null;
}

export interface SdcModel {
  vars: CellVar[];
  rows: ResultRow[];
  rowVars: RowVars[];
  lines: Line[];
  /** Lines through each variable (indices into lines). */
  linesOf: number[][];
  /** Published occurrences of each variable (rows whose n or count it is). */
  occurrences: number[];
  /** Whether a variable is some row's base (the threshold applies to it). */
  isBase: boolean[];
  /** A row naming each variable, for messages. */
  nameRow: number[];
}

export interface TableShape {
  indicator: string;
  /** Dimensions along which cells add up (single-valued ones). */
  additiveDims: ReadonlySet<string>;
  /** Whether the categories of a group add up to the group (single-choice statistics). */
  additiveCategories: boolean;
}

export function buildModel(sets: CellSets, rows: ResultRow[], rowVars: RowVars[], shapes: ReadonlyMap<string, TableShape>): SdcModel {
  const nVars = sets.vars.length;
  const occurrences = new Array<number>(nVars).fill(0);
  const isBase = new Array<boolean>(nVars).fill(false);
  const nameRow = new Array<number>(nVars).fill(-1);
  rowVars.forEach((rv, i) => {
    occurrences[rv.base]! += 1;
    isBase[rv.base] = true;
    if (nameRow[rv.base] === -1) nameRow[rv.base] = i;
    if (rv.num !== null && rv.num !== rv.base) {
      occurrences[rv.num]! += 1;
      if (nameRow[rv.num] === -1) nameRow[rv.num] = i;
    }
  });
  const lines: Line[] = [];
  const seen = new Set<string>();
  const byIndicator = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byIndicator.get(r.indicator);
    if (list) list.push(i);
    else byIndicator.set(r.indicator, [i]);
  });
  for (const [indicator, idx] of byIndicator) {
    const shape = shapes.get(indicator);
    if (!shape) continue;
    // cells: coordinates (dims in name order, then category or _total) → variable
    const dims = Object.keys(rows[idx[0]!]!.dims).sort();
    const cells = new Map<string, { coords: string[]; v: number }>();
    const put = (coords: string[], v: number) => {
      const k = coords.join('\u0001');
      if (!cells.has(k)) cells.set(k, { coords, v });
    };
    for (const i of idx) {
      const r = rows[i]!;
      const rv = rowVars[i]!;
      const at = dims.map((d) => r.dims[d] as string);
      if (r.category === undefined) put([...at, TOTAL], rv.base);
      else {
        if (r.stat !== 'count') put([...at, TOTAL], rv.base);
        if (rv.num !== null) put([...at, r.category], rv.num);
      }
    }
    const axes = dims.map((d, a) => (shape.additiveDims.has(d) ? a : -1)).filter((a) => a >= 0);
    if (shape.additiveCategories) axes.push(dims.length);
    for (const a of axes) {
      const groups = new Map<string, { margin?: number; inner: number[] }>();
      for (const c of cells.values()) {
        const k = c.coords.filter((_, j) => j !== a).join('\u0001');
        let g = groups.get(k);
        if (!g) groups.set(k, (g = { inner: [] }));
        if (c.coords[a] === TOTAL) g.margin = c.v;
        else g.inner.push(c.v);
      }
      for (const g of groups.values()) {
        if (g.margin === undefined || g.inner.length === 0) continue;
        const sum = g.inner.reduce((s, v) => s + sets.vars[v]!.size, 0);
        const marginSize = sets.vars[g.margin]!.size;
        if (sum > marginSize) continue; // not disjoint: no additive line
        const coef = new Map<number, number>();
        for (const v of g.inner) coef.set(v, (coef.get(v) ?? 0) + 1);
        coef.set(g.margin, (coef.get(g.margin) ?? 0) - 1);
        const terms = [...coef].filter(([, c]) => c !== 0).sort((x, y) => x[0] - y[0]);
        if (terms.length < 2) continue;
        const op = sum === marginSize ? '=' : '<=';
        const key = `${op}${terms.map(([v, c]) => `${v}:${c}`).join(',')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push({ vars: terms.map(([v]) => v), coefs: terms.map(([, c]) => c), op, indicator });
      }
    }
  }
  const linesOf: number[][] = Array.from({ length: nVars }, () => []);
  lines.forEach((l, k) => {
    for (const v of l.vars) linesOf[v]!.push(k);
  });
  return { vars: sets.vars, rows, rowVars, lines, linesOf, occurrences, isBase, nameRow };
}

/**
 * Subset relations x[sub] ≤ x[sup] that can bind within a swing of `slack` − 1: pairs of distinct
 * published-or-hidden variables, `sub` among `of`, whose sizes differ by less than `slack` and whose
 * row sets nest. Both directions are looked for (the variables of `of` as subset and as superset).
 */
const sizeIndex = new WeakMap<SdcModel, CellVar[]>();
/** Per model and slack, the relations of each variable (what subsets() of that one variable returns). */
const relationsOf = new WeakMap<SdcModel, Map<number, Map<number, readonly Subset[]>>>();

export function subsets(model: SdcModel, of: Iterable<number>, slack: number): Subset[] {
  let bySlack = relationsOf.get(model);
  if (!bySlack) relationsOf.set(model, (bySlack = new Map()));
  let memo = bySlack.get(slack);
  if (!memo) bySlack.set(slack, (memo = new Map()));
  // the relations of each variable in turn, each pair once, in order of first finding
  const out: Subset[] = [];
  const seen = new Set<number>();
  const n = model.vars.length;
  for (const id of of) {
    let rel = memo.get(id);
    if (!rel) memo.set(id, (rel = relations(model, id, slack)));
    for (const s of rel) {
      const k = s.sub * n + s.sup;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** The near supersets of one variable, then its near subsets (sizes differ by less than `slack`). */
function relations(model: SdcModel, id: number, slack: number): Subset[] {
  let sorted = sizeIndex.get(model);
  if (!sorted) {
    sorted = model.vars.filter((v) => v.rows !== null && model.occurrences[v.id]! > 0 && v.size > 0).sort((a, b) => a.size - b.size || a.id - b.id);
    sizeIndex.set(model, sorted);
  }
  const firstAtLeast = (s: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.size < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: Subset[] = [];
  const x = model.vars[id]!;
  if (x.rows === null || x.size === 0) return out;
  // supersets of x: sizes in (x.size, x.size + slack)
  for (let k = firstAtLeast(x.size + 1); k < sorted.length && sorted[k]!.size < x.size + slack; k++) {
    const y = sorted[k]!;
    if (isSubset(x.rows, y.rows!)) out.push({ sub: x.id, sup: y.id });
  }
  // subsets of x: sizes in (x.size − slack, x.size)
  for (let k = firstAtLeast(Math.max(1, x.size - slack + 1)); k < sorted.length && sorted[k]!.size < x.size; k++) {
    const y = sorted[k]!;
    if (isSubset(y.rows!, x.rows)) out.push({ sub: y.id, sup: x.id });
  }
  return out;
}

/**
 * The variables some row publishes, given the hidden ones: a row publishes its base unless hidden,
 * and its numerator unless that or the base is hidden (a share of a hidden base is hidden). A
 * variable neither published nor hidden is unknown to a reader, who may only bound it.
 */
export function publishedVars(model: SdcModel, hidden: ReadonlyMap<number, unknown>, fixed: ReadonlySet<number> = new Set()): Set<number> {
  const out = new Set<number>(fixed);
  for (const rv of model.rowVars) {
    if (hidden.has(rv.base)) continue;
    out.add(rv.base);
    if (rv.num !== null && !hidden.has(rv.num)) out.add(rv.num);
  }
  return out;
}
